//! Fault injection for the local endpoint (`iotmit local serve --faults …`), to try clients
//! against the failures a real service has: throttling, internal errors, slow answers and
//! connections that close without an answer.
//!
//! `throttle=P,error=P,reset=P` are fractions of requests (summing to at most 1): throttled
//! requests get 400 `ThrottlingException`, errors 500 `InternalFailureException`, resets a closed
//! connection and no answer. `latency=D` (`200ms`, `1.5s`, `2m`) delays every answer. A faulted
//! request is not carried out. The fate of the n-th request depends only on the seed and n, so
//! a run with one client is repeated exactly by the same `--fault-seed`.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// What the endpoint is told to inject.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FaultSpec {
    pub throttle: f64,
    pub error: f64,
    pub reset: f64,
    pub latency: Duration,
    pub seed: u64,
}

/// What happens to one request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fate {
    Serve,
    Throttle,
    Error,
    Reset,
}

impl Fate {
    pub fn name(self) -> &'static str {
        match self {
            Fate::Serve => "serve",
            Fate::Throttle => "throttle",
            Fate::Error => "error",
            Fate::Reset => "reset",
        }
    }
}

impl FaultSpec {
    /// Parses `throttle=0.3,error=0.1,latency=200ms,reset=0.05` (any subset, any order).
    pub fn parse(text: &str) -> Result<FaultSpec, String> {
        let mut spec = FaultSpec::default();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let Some((name, value)) = part.split_once('=') else {
                return Err(format!("'{part}' is not NAME=VALUE"));
            };
            let (name, value) = (name.trim(), value.trim());
            let fraction = || -> Result<f64, String> {
                value
                    .parse::<f64>()
                    .ok()
                    .filter(|p| (0.0..=1.0).contains(p))
                    .ok_or_else(|| {
                        format!("{name}: expected a fraction from 0 to 1, got '{value}'")
                    })
            };
            match name {
                "throttle" => spec.throttle = fraction()?,
                "error" => spec.error = fraction()?,
                "reset" => spec.reset = fraction()?,
                "latency" => spec.latency = parse_duration(value)?,
                other => {
                    return Err(format!(
                        "unknown fault '{other}' (choose from throttle, error, latency, reset)"
                    ))
                }
            }
        }
        let total = spec.throttle + spec.error + spec.reset;
        if total > 1.0 + 1e-9 {
            return Err(format!(
                "throttle, error and reset add up to {total}, more than 1"
            ));
        }
        Ok(spec)
    }

    pub fn is_active(&self) -> bool {
        self.throttle > 0.0 || self.error > 0.0 || self.reset > 0.0 || !self.latency.is_zero()
    }

    /// The fate of the request numbered `n` (from 0).
    pub fn fate(&self, n: u64) -> Fate {
        let draw = unit(splitmix64(
            self.seed ^ n.wrapping_mul(0x9e37_79b9_7f4a_7c15),
        ));
        if draw < self.reset {
            Fate::Reset
        } else if draw < self.reset + self.throttle {
            Fate::Throttle
        } else if draw < self.reset + self.throttle + self.error {
            Fate::Error
        } else {
            Fate::Serve
        }
    }

    /// One line describing the spec, for the server's start-up message.
    pub fn describe(&self) -> String {
        format!(
            "faults: throttle {}, error {}, reset {}, latency {} ms, seed {}",
            self.throttle,
            self.error,
            self.reset,
            self.latency.as_millis(),
            self.seed
        )
    }
}

/// `200ms`, `1.5s`, `2m`, or a bare number of milliseconds.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let t = text.trim();
    let (number, scale) = if let Some(n) = t.strip_suffix("ms") {
        (n, 0.001)
    } else if let Some(n) = t.strip_suffix('s') {
        (n, 1.0)
    } else if let Some(n) = t.strip_suffix('m') {
        (n, 60.0)
    } else {
        (t, 0.001)
    };
    number
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && *v >= 0.0 && *v * scale < 86_400.0)
        .map(|v| Duration::from_secs_f64(v * scale))
        .ok_or_else(|| format!("latency: expected a duration such as 200ms or 2s, got '{text}'"))
}

fn splitmix64(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A uniform draw in [0, 1).
fn unit(bits: u64) -> f64 {
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// The faults of one running endpoint: the spec, the request counter and what was injected.
#[derive(Debug, Default)]
pub struct Faults {
    pub spec: FaultSpec,
    next: AtomicU64,
    injected: [AtomicU64; 4],
}

impl Faults {
    pub fn new(spec: FaultSpec) -> Faults {
        Faults {
            spec,
            ..Faults::default()
        }
    }

    /// Numbers the next request and decides its fate.
    pub fn next_fate(&self) -> (u64, Fate) {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let fate = self.spec.fate(n);
        self.injected[fate as usize].fetch_add(1, Ordering::Relaxed);
        (n, fate)
    }

    /// Requests seen, and how many were throttled, failed and reset.
    pub fn counts(&self) -> (u64, u64, u64, u64) {
        let get = |f: Fate| self.injected[f as usize].load(Ordering::Relaxed);
        (
            self.next.load(Ordering::Relaxed),
            get(Fate::Throttle),
            get(Fate::Error),
            get(Fate::Reset),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_fault_and_refuses_nonsense() {
        let s = FaultSpec::parse("throttle=0.3,error=0.1,latency=200ms,reset=0.05").unwrap();
        assert_eq!(
            (s.throttle, s.error, s.reset, s.latency),
            (0.3, 0.1, 0.05, Duration::from_millis(200))
        );
        assert_eq!(
            FaultSpec::parse("latency=1.5s").unwrap().latency,
            Duration::from_millis(1500)
        );
        assert_eq!(FaultSpec::parse("").unwrap(), FaultSpec::default());
        assert!(FaultSpec::parse("throttle=2").is_err());
        assert!(FaultSpec::parse("throttle=0.6,error=0.6").is_err());
        assert!(FaultSpec::parse("boom=0.1").is_err());
        assert!(FaultSpec::parse("latency=soon").is_err());
        assert!(FaultSpec::parse("throttle").is_err());
    }

    #[test]
    fn fates_follow_the_seed_and_the_fractions() {
        let spec = FaultSpec::parse("throttle=0.3,error=0.1,reset=0.05").unwrap();
        let a: Vec<Fate> = (0..1000).map(|n| spec.fate(n)).collect();
        let b: Vec<Fate> = (0..1000).map(|n| spec.fate(n)).collect();
        assert_eq!(a, b);
        let other = FaultSpec {
            seed: 7,
            ..spec.clone()
        };
        assert_ne!(a, (0..1000).map(|n| other.fate(n)).collect::<Vec<_>>());
        let count = |f: Fate| a.iter().filter(|x| **x == f).count();
        assert!(
            (250..350).contains(&count(Fate::Throttle)),
            "{}",
            count(Fate::Throttle)
        );
        assert!(
            (60..140).contains(&count(Fate::Error)),
            "{}",
            count(Fate::Error)
        );
        assert!(
            (20..80).contains(&count(Fate::Reset)),
            "{}",
            count(Fate::Reset)
        );
        let none = FaultSpec::default();
        assert!((0..1000).all(|n| none.fate(n) == Fate::Serve));
    }
}
