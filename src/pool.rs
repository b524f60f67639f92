//! Thread pools for batches that survive a `fork`.
//!
//! rayon's global pool is unusable in a child forked after it started (its threads are not
//! copied, so work sent to it never returns). khabar keeps its own pools, remembers the process
//! that built them and builds new ones when the process id changes.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use rayon::{ThreadPool, ThreadPoolBuilder};

use crate::error::{Error, Result};

struct Pools {
    pid: u32,
    by_size: HashMap<usize, Arc<ThreadPool>>,
}

/// The number of threads a batch uses by default: `RAYON_NUM_THREADS` if set, else every core.
pub fn default_threads() -> usize {
    std::env::var("RAYON_NUM_THREADS")
        .ok()
        .and_then(|n| n.trim().parse::<usize>().ok())
        .filter(|&n| n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// A pool of `threads` threads (the default when None) that belongs to this process.
pub fn pool(threads: Option<usize>) -> Result<Arc<ThreadPool>> {
    let size = match threads {
        Some(0) => return Err(Error::InvalidThreads(0)),
        Some(n) => n,
        None => default_threads(),
    };
    static POOLS: OnceLock<Mutex<Pools>> = OnceLock::new();
    let pools = POOLS.get_or_init(|| {
        Mutex::new(Pools {
            pid: std::process::id(),
            by_size: HashMap::new(),
        })
    });
    let mut pools = pools
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if pools.pid != pid {
        // Inherited from the parent: their threads do not exist here, so never touch them again.
        for (_, stale) in pools.by_size.drain() {
            std::mem::forget(stale);
        }
        pools.pid = pid;
    }
    if let Some(pool) = pools.by_size.get(&size) {
        return Ok(pool.clone());
    }
    let pool = ThreadPoolBuilder::new()
        .num_threads(size)
        .thread_name(|i| format!("khabar-{i}"))
        .build()
        .map_err(|e| Error::ThreadPool(e.to_string()))?;
    let pool = Arc::new(pool);
    pools.by_size.insert(size, pool.clone());
    Ok(pool)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pools_are_shared_by_size_and_zero_threads_is_refused() {
        let pool = super::pool(Some(2)).unwrap();
        assert_eq!(pool.current_num_threads(), 2);
        assert!(Arc::ptr_eq(&pool, &super::pool(Some(2)).unwrap()));
        assert_eq!(pool.install(rayon::current_num_threads), 2);
        assert!(matches!(
            super::pool(Some(0)),
            Err(Error::InvalidThreads(0))
        ));
    }
}
