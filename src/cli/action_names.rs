//! The names of existing mitigation actions that the completion scripts offer: a small cache
//! per account, Region and endpoint under `$XDG_CACHE_HOME/iotmit`, refreshed after a minute.

use crate::cli::definition::{ACTION_NAMES_TTL, BIN};
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

#[derive(serde::Serialize, serde::Deserialize)]
pub(crate) struct ActionNamesCache {
    scope: String,
    fetched_at: u64,
    names: Vec<String>,
}

/// The cache directory: `$XDG_CACHE_HOME/iotmit`, or `~/.cache/iotmit`; none without a home.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .filter(|p| p.is_absolute())
        .or_else(|| {
            std::env::var_os("HOME")
                .filter(|h| !h.is_empty())
                .map(|h| PathBuf::from(h).join(".cache"))
        })
        .map(|base| base.join(BIN))
}

/// FNV-1a: a file name per scope that stays the same from one build to the next.
pub(crate) fn scope_hash(scope: &str) -> u64 {
    scope.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

pub(crate) fn cache_file(dir: &Path, scope: &str) -> PathBuf {
    dir.join(format!("action-names-{:016x}.json", scope_hash(scope)))
}

/// Names a shell can take as one word: the model's pattern for action names, `[a-zA-Z0-9_-]+`.
pub(crate) fn tidy(names: Vec<String>) -> Vec<String> {
    let set: BTreeSet<String> = names
        .into_iter()
        .map(|n| n.trim().to_string())
        .filter(|n| {
            !n.is_empty()
                && n.len() <= 128
                && n.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        })
        .collect();
    set.into_iter().collect()
}

pub(crate) fn read_cache(path: &Path, scope: &str) -> Option<ActionNamesCache> {
    let mut text = String::new();
    std::fs::File::open(path)
        .ok()?
        .take(4 << 20)
        .read_to_string(&mut text)
        .ok()?;
    let cache: ActionNamesCache = serde_json::from_str(&text).ok()?;
    (cache.scope == scope).then_some(cache)
}

pub(crate) fn write_cache(dir: &Path, path: &Path, cache: &ActionNamesCache) {
    let Ok(text) = serde_json::to_string(cache) else {
        return;
    };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = dir.join(format!(
        ".action-names-{}-{:016x}.tmp",
        std::process::id(),
        scope_hash(&cache.scope)
    ));
    if std::fs::write(&tmp, text).is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

pub(crate) fn action_names_in(
    dir: Option<&Path>,
    scope: &str,
    now: u64,
    fetch: impl FnOnce() -> Option<Vec<String>>,
) -> Vec<String> {
    let path = dir.map(|d| cache_file(d, scope));
    let cached = path.as_deref().and_then(|p| read_cache(p, scope));
    if let Some(c) = &cached {
        let age = now.checked_sub(c.fetched_at);
        if age.is_some_and(|a| a < ACTION_NAMES_TTL.as_secs()) {
            return tidy(c.names.clone());
        }
    }
    match fetch() {
        Some(names) => {
            let names = tidy(names);
            if let (Some(dir), Some(path)) = (dir, &path) {
                let cache = ActionNamesCache {
                    scope: scope.to_string(),
                    fetched_at: now,
                    names: names.clone(),
                };
                write_cache(dir, path, &cache);
            }
            names
        }
        // The last names known rather than none when the service cannot be reached in time.
        None => cached.map(|c| tidy(c.names)).unwrap_or_default(),
    }
}

pub(crate) fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// The names of existing mitigation actions for `__complete-action-names`: from the cache file
/// under `$XDG_CACHE_HOME/iotmit` while it is younger than [`ACTION_NAMES_TTL`], otherwise from
/// `fetch` (which lists them, giving up after [`ACTION_NAMES_FETCH_TIMEOUT`] with `None`), then
/// kept. When `fetch` fails the last names known are returned; without a cache, none. Sorted,
/// without duplicates or names a shell would split; never panics, and file errors only mean no
/// caching.
pub fn cached_action_names(fetch: impl FnOnce() -> Option<Vec<String>>) -> Vec<String> {
    cached_action_names_for("", fetch)
}

/// [`cached_action_names`] for one scope, such as `profile|region|endpoint`, so that names listed
/// for one account or Region are never offered for another.
pub fn cached_action_names_for(
    scope: &str,
    fetch: impl FnOnce() -> Option<Vec<String>>,
) -> Vec<String> {
    action_names_in(cache_dir().as_deref(), scope, now_secs(), fetch)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_names_are_cached_for_a_minute() {
        let dir = std::env::temp_dir().join(format!("iotmit-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let got = action_names_in(Some(&dir), "dev", 1000, || {
            Some(names(&["b", "a", "a", "bad name", ""]))
        });
        assert_eq!(got, names(&["a", "b"]));
        // Fresh: the service is not asked.
        let got = action_names_in(Some(&dir), "dev", 1059, || panic!("fetched while fresh"));
        assert_eq!(got, names(&["a", "b"]));
        // Another scope has its own file.
        let got = action_names_in(Some(&dir), "prod", 1010, || Some(names(&["p"])));
        assert_eq!(got, names(&["p"]));
        // Stale: asked again, and the answer is kept.
        let got = action_names_in(Some(&dir), "dev", 1060, || Some(names(&["c"])));
        assert_eq!(got, names(&["c"]));
        // Stale and the service cannot be reached: the last names known.
        let got = action_names_in(Some(&dir), "dev", 2000, || None);
        assert_eq!(got, names(&["c"]));
        // A clock that went back does not keep names forever.
        let got = action_names_in(Some(&dir), "dev", 10, || Some(names(&["d"])));
        assert_eq!(got, names(&["d"]));
        // A damaged file is ignored and replaced.
        std::fs::write(cache_file(&dir, "dev"), "{not json").expect("write");
        let got = action_names_in(Some(&dir), "dev", 3000, || Some(names(&["e"])));
        assert_eq!(got, names(&["e"]));
        // No cache directory at all, or one that cannot be created.
        let got = action_names_in(None, "dev", 3000, || Some(names(&["f"])));
        assert_eq!(got, names(&["f"]));
        let blocked = dir.join("file");
        std::fs::write(&blocked, "").expect("write");
        let got = action_names_in(Some(&blocked.join("sub")), "dev", 3000, || None);
        assert!(got.is_empty());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
