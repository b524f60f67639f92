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

/// Maps `work` over `items` on a pool of `threads` threads, keeping their order.
pub fn map<T, R, F>(items: &[T], threads: Option<usize>, work: F) -> Result<Vec<R>>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync + Send,
{
    use rayon::prelude::*;
    if threads == Some(1) || items.len() < 2 {
        if threads == Some(0) {
            return Err(Error::InvalidThreads(0));
        }
        return Ok(items.iter().map(work).collect());
    }
    Ok(pool(threads)?.install(|| items.par_iter().map(work).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_keeps_order_and_refuses_zero_threads() {
        let items: Vec<u32> = (0..1000).collect();
        assert_eq!(map(&items, Some(2), |x| x * 2).unwrap()[999], 1998);
        assert_eq!(
            map(&items, None, |x| x + 1).unwrap(),
            (1..1001).collect::<Vec<_>>()
        );
        assert!(map(&items, Some(0), |x| *x).is_err());
    }
}
