//! Thread pools for batches that survive a `fork`, and that stay few.
//!
//! rayon's global pool is unusable in a child forked after it started (its threads are not
//! copied, so work sent to it never returns). khabar keeps its own pools, remembers the process
//! that built them and builds new ones when the process id changes.
//!
//! It keeps at most two: one of the default size, and one of the last other size asked for,
//! replaced (its threads end once the batches using it are done) when yet another size is asked.
//! Thread counts are capped at [`max_threads`], so a typo cannot start a million threads.

use std::sync::{Arc, Mutex, OnceLock};

use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::error::{Error, Result};

/// No batch gets more threads than this, however many cores the machine has.
pub const MOST_THREADS: usize = 256;

struct Pools {
    pid: u32,
    /// The pool of [`default_threads`] threads, and one pool of another size.
    default: Option<Arc<ThreadPool>>,
    other: Option<Arc<ThreadPool>>,
}

fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// The most threads a batch may ask for: four per core (more only adds switching between them),
/// at least 8 and at most [`MOST_THREADS`].
pub fn max_threads() -> usize {
    (4 * cores()).clamp(8, MOST_THREADS)
}

/// The number of threads a batch uses by default: `RAYON_NUM_THREADS` if set (up to
/// [`max_threads`]), else every core.
pub fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|n| n.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .map_or_else(cores, |n| n.min(max_threads()))
}

/// The number of threads for a batch: `threads`, checked, or the default when None.
pub fn threads(threads: Option<usize>) -> Result<usize> {
    match threads {
        None => Ok(default_threads()),
        Some(0) => Err(Error::InvalidThreads(0)),
        Some(n) if n > max_threads() => Err(Error::TooManyThreads {
            threads: n,
            max: max_threads(),
            cores: cores(),
        }),
        Some(n) => Ok(n),
    }
}

/// A pool of `threads` threads (the default when None) that belongs to this process.
pub fn pool(threads: Option<usize>) -> Result<Arc<ThreadPool>> {
    let size = self::threads(threads)?;
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| {
        Mutex::new(Pools {
            pid: std::process::id(),
            default: None,
            other: None,
        })
    });
    let mut pools = pools
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if pools.pid != pid {
        // Inherited from the parent: their threads do not exist here, so never touch them again.
        std::mem::forget(pools.default.take());
        std::mem::forget(pools.other.take());
        pools.pid = pid;
    }
    let is_default = size == default_threads();
    let slot = if is_default {
        &mut pools.default
    } else {
        &mut pools.other
    };
    if let Some(pool) = slot.as_ref().filter(|p| p.current_num_threads() == size) {
        return Ok(pool.clone());
    }
    let pool = ThreadPoolBuilder::new()
        .num_threads(size)
        .thread_name(|i| format!("khabar-{i}"))
        .build()
        .map_err(|e| Error::ThreadPool(e.to_string()))?;
    let pool = Arc::new(pool);
    // the pool this replaces ends its threads when the last batch using it lets it go
    *slot = Some(pool.clone());
    Ok(pool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pools_are_shared_by_size_and_zero_threads_is_refused() {
        // the default pool: other tests replace the other one at any time
        let size = default_threads();
        let pool = super::pool(Some(size)).unwrap();
        assert_eq!(pool.current_num_threads(), size);
        assert!(Arc::ptr_eq(&pool, &super::pool(None).unwrap()));
        assert_eq!(pool.install(rayon::current_num_threads), size);
        assert!(matches!(
            super::pool(Some(0)),
            Err(Error::InvalidThreads(0))
        ));
    }

    #[test]
    fn absurd_thread_counts_are_refused_at_once() {
        let start = std::time::Instant::now();
        for n in [max_threads() + 1, 4096, 1_000_000, usize::MAX] {
            let error = super::pool(Some(n)).err().unwrap();
            assert!(matches!(error, Error::TooManyThreads { threads, .. } if threads == n));
            assert!(error.to_string().contains(&max_threads().to_string()));
        }
        assert!(start.elapsed().as_secs_f64() < 1.0);
        assert!(super::threads(Some(max_threads())).is_ok());
    }

    /// The threads of this process, as Linux lists them.
    #[cfg(target_os = "linux")]
    fn live_threads() -> usize {
        std::fs::read_dir("/proc/self/task").unwrap().count()
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn many_sizes_leave_few_threads() {
        let before = live_threads();
        for n in 1..=max_threads() {
            let pool = super::pool(Some(n)).unwrap();
            assert_eq!(pool.install(rayon::current_num_threads), n);
        }
        // the replaced pools' threads end shortly after they are let go
        // (with room for the threads other tests start meanwhile)
        let bound = before + default_threads() + max_threads() + 16;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while live_threads() > bound && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        assert!(live_threads() <= bound, "{} threads", live_threads());
    }
}
