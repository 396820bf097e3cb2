//! The fuzz targets' short run inside the test suite: every input of the committed corpora
//! (`fuzz/corpus/<target>`) goes through the same entry points as `cargo fuzz run`, and then
//! deterministic mutations of them (bit flips, insertions, deletions, repeats, splices and the
//! grammar's own tokens). `IOTMIT_FUZZ_MUTATIONS` sets how many mutants each corpus input gets
//! (64 by default); `scripts/fuzz` runs the coverage-guided fuzzer for longer.

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::path::PathBuf;

fn corpus(target: &str) -> Vec<Vec<u8>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz")
        .join("corpus")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.iter().map(|p| std::fs::read(p).unwrap()).collect()
}

/// xorshift64*: the same mutants on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

const TOKENS: &[&[u8]] = &[
    b"=",
    b",",
    b"[",
    b"]",
    b"{",
    b"}",
    b"<",
    b">",
    b"'",
    b"\"",
    b"\\",
    b"@=",
    b"file://",
    b" ",
    b"\n",
    b":",
    b"-",
    b"T",
    b"Z",
    b".",
    b"+",
    b"null",
    b"true",
    b"[]",
    b"{}",
    b"&a ",
    b"*a",
    b"!!",
    b"\xc3\xa9",
    b"\xf0\x9f\x98\x80",
    b"\xff",
    b"9999999999999999999",
    b"`",
    b"|",
    b"||",
    b"[?",
    b"(",
    b")",
    b"!=",
    b"&&",
    b"@",
    b"sort_by(",
    b"\x00",
];

fn mutate(rng: &mut Rng, input: &[u8], other: &[u8]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(out.len() + 1);
        match rng.below(7) {
            0 if !out.is_empty() => {
                let i = rng.below(out.len());
                out[i] ^= 1 << rng.below(8);
            }
            1 => out.insert(at, rng.next() as u8),
            2 if !out.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(out.len());
                out.drain(at.min(end)..end);
            }
            3 => {
                let token = TOKENS[rng.below(TOKENS.len())];
                out.splice(at..at, token.iter().copied());
            }
            4 if !out.is_empty() => {
                // Repeat a slice, sometimes many times (deep nesting, long runs).
                let start = rng.below(out.len());
                let end = (start + 1 + rng.below(6)).min(out.len());
                let piece = out[start..end].to_vec();
                let times = if rng.below(8) == 0 { 200 } else { 2 };
                for _ in 0..times {
                    out.splice(end..end, piece.iter().copied());
                }
            }
            5 if !other.is_empty() => {
                let from = rng.below(other.len());
                out.truncate(at);
                out.extend_from_slice(&other[from..]);
            }
            _ => out.truncate(at),
        }
    }
    out
}

#[test]
fn the_corpora_and_their_mutants_pass_every_target() {
    let mutations: usize = std::env::var("IOTMIT_FUZZ_MUTATIONS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64);
    let mut total = 0;
    for target in harness::TARGETS {
        let inputs = corpus(target);
        assert!(!inputs.is_empty(), "the {target} corpus is empty");
        let mut rng = Rng(0x5eed_0000 + target.len() as u64);
        let mut count = 0;
        for (i, input) in inputs.iter().enumerate() {
            harness::run(target, input);
            count += 1;
            let other = &inputs[(i * 7 + 3) % inputs.len()];
            for _ in 0..mutations {
                let mutant = mutate(&mut rng, input, other);
                let outcome = std::panic::catch_unwind(|| harness::run(target, &mutant));
                if let Err(e) = outcome {
                    let text = e
                        .downcast_ref::<String>()
                        .cloned()
                        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                        .unwrap_or_default();
                    panic!("{target} failed on {mutant:?} (a mutant of input {i}): {text}");
                }
                count += 1;
            }
        }
        eprintln!("{target}: {} corpus inputs, {count} runs", inputs.len());
        total += count;
    }
    eprintln!("fuzz corpus replay: {total} inputs");
}
