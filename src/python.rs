//! Values decoded from JSON as Python writes them: `str()`, `repr()` (floats included, with
//! the shortest digits that read back), the name of their type and their truthiness, which the
//! text and table renderings and the AWS CLI's error messages show, errors of the operating
//! system as Python words them, and words split as `shlex.split` splits them.

use serde_json::{Number, Value};

/// Appends `str(value)` as Python prints it for a value decoded from JSON.
pub(super) fn push_py_str(out: &mut String, v: &Value) {
    match v {
        Value::String(s) => out.push_str(s),
        Value::Array(_) | Value::Object(_) => push_py_repr(out, v),
        _ => push_py_scalar(out, v),
    }
}

/// `str(value)` as Python prints it for a value decoded from JSON.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        _ => {
            let mut s = String::new();
            push_py_str(&mut s, v);
            s
        }
    }
}

fn push_py_scalar(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Number(n) => push_number(out, n),
        Value::String(s) => out.push_str(s),
        Value::Array(_) | Value::Object(_) => push_py_repr(out, v),
    }
}

/// An integer as written; a float as Python's `repr`.
pub(super) fn push_number(out: &mut String, n: &Number) {
    if let Some(i) = n.as_i64() {
        out.push_str(&i.to_string());
    } else if let Some(u) = n.as_u64() {
        out.push_str(&u.to_string());
    } else if let Some(f) = n.as_f64() {
        push_py_float(out, f);
    } else {
        out.push_str(&n.to_string());
    }
}

/// Python's `repr(float)`: the shortest digits that read back to the same value, positional
/// for exponents from -5 to 15 (always with a fraction, `1.0`), otherwise scientific with a
/// signed two-digit-minimum exponent (`1e+16`, `1.5e-07`).
pub(crate) fn push_py_float(out: &mut String, f: f64) {
    if f.is_nan() {
        out.push_str("nan");
        return;
    }
    if f.is_infinite() {
        out.push_str(if f > 0.0 { "inf" } else { "-inf" });
        return;
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mantissa = match mantissa.strip_prefix('-') {
        Some(m) => {
            out.push('-');
            m
        }
        None => mantissa,
    };
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let n = digits.len() as i64;
    let point = exp + 1;
    if (-3..=16).contains(&point) {
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-point) as usize));
            out.push_str(&digits);
        } else if point >= n {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (point - n) as usize));
            out.push_str(".0");
        } else {
            let (int, frac) = digits.split_at(point as usize);
            out.push_str(int);
            out.push('.');
            out.push_str(frac);
        }
    } else {
        let (first, rest) = digits.split_at(1.min(digits.len()));
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
}

/// `repr(value)` as Python prints it for a value decoded from JSON.
pub fn py_repr(v: &Value) -> String {
    let mut s = String::new();
    push_py_repr(&mut s, v);
    s
}

fn push_py_repr(out: &mut String, v: &Value) {
    match v {
        Value::String(s) => push_py_str_repr(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_py_repr(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_py_str_repr(out, k);
                out.push_str(": ");
                push_py_repr(out, item);
            }
            out.push('}');
        }
        _ => push_py_scalar(out, v),
    }
}

/// Python's `repr(str)`: single quotes unless the text has a single quote and no double one.
/// Which non-ASCII characters Python escapes is approximated (controls, separators, format
/// characters, private use).
pub(crate) fn push_py_str_repr(out: &mut String, s: &str) {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if py_printable(c) => out.push(c),
            c => {
                let u = c as u32;
                if u < 0x100 {
                    out.push_str(&format!("\\x{u:02x}"));
                } else if u < 0x10000 {
                    out.push_str(&format!("\\u{u:04x}"));
                } else {
                    out.push_str(&format!("\\U{u:08x}"));
                }
            }
        }
    }
    out.push(quote);
}

fn py_printable(c: char) -> bool {
    let u = c as u32;
    if u < 0x7f {
        return u >= 0x20;
    }
    !matches!(u,
        0x7f..=0xa0
            | 0xad
            | 0x1680
            | 0x180e
            | 0x2000..=0x200f
            | 0x2028..=0x202f
            | 0x205f..=0x206f
            | 0x3000
            | 0xe000..=0xf8ff
            | 0xfeff
            | 0xfff9..=0xfffb
            | 0xe0001
            | 0xe0020..=0xe007f
            | 0xf0000..=0x10ffff)
}

/// An error of the operating system about `path` as Python words it, as the AWS CLI prints it:
/// `[Errno 2] No such file or directory: 'x.json'`.
pub fn os_error(error: &std::io::Error, path: &str) -> String {
    match error.raw_os_error() {
        Some(code) => {
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let suffix = format!(" (os error {code})");
            let text = text.strip_suffix(&suffix).unwrap_or(&text).to_string();
            let mut out = format!("[Errno {code}] {text}: ");
            push_py_str_repr(&mut out, path);
            out
        }
        None => error.to_string(),
    }
}

/// Words as Python's `shlex.split` (POSIX mode) splits them, which the AWS CLI does to the
/// pager's command, to an alias that is not run by the shell and to `credential_process`;
/// the error is Python's message (`No closing quotation`, `No escaped character`).
///
/// Quotes, backslashes and whitespace work as in Python, with these differences of the
/// `shlex` crate: a `#` that begins a word starts a comment (Python keeps it as a word), a
/// carriage return is not whitespace, a backslash-newline is dropped (Python keeps the
/// newline), and within double quotes `\$` and `` \` `` lose their backslash (Python keeps it).
pub fn shlex_split(s: &str) -> Result<Vec<String>, &'static str> {
    if let Some(words) = shlex::split(s) {
        return Ok(words);
    }
    // The crate does not say why; Python tells an input that ends within quotes from one that
    // ends right after an escaping backslash, and one more character settles which.
    let ends_well = |tail: &str| shlex::split(&format!("{s}{tail}")).is_some();
    if !ends_well("_") && (ends_well("\"") || ends_well("'")) {
        Err("No closing quotation")
    } else {
        Err("No escaped character")
    }
}

/// The name Python gives the type of a value decoded from JSON.
pub fn py_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "NoneType",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "str",
        Value::Array(_) => "list",
        Value::Object(_) => "dict",
    }
}

/// Python's `bool(value)` is false.
pub(super) fn py_falsy(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

/// Python's `int()` of a word, as argparse's `type=int` reads it.
pub fn python_int(text: &str) -> Option<i64> {
    let t = text.trim();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(d) => (-1, d),
        None => (1, t.strip_prefix('+').unwrap_or(t)),
    };
    let ok = !digits.is_empty()
        && !digits.starts_with('_')
        && !digits.ends_with('_')
        && !digits.contains("__")
        && digits.chars().all(|c| c.is_ascii_digit() || c == '_');
    if !ok {
        return None;
    }
    digits
        .replace('_', "")
        .parse::<i64>()
        .ok()
        .map(|n| sign * n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_as_python_words_them() {
        let missing = std::io::Error::from_raw_os_error(2);
        assert_eq!(
            os_error(&missing, "nope.txt"),
            "[Errno 2] No such file or directory: 'nope.txt'"
        );
        let directory = std::io::Error::from_raw_os_error(21);
        assert_eq!(
            os_error(&directory, "it's"),
            "[Errno 21] Is a directory: \"it's\""
        );
        assert_eq!(
            os_error(&missing, "a'\"b\\\n"),
            "[Errno 2] No such file or directory: 'a\\'\"b\\\\\\n'"
        );
    }

    #[test]
    fn python_int_reads_what_int_reads() {
        assert_eq!(python_int(" 12 "), Some(12));
        assert_eq!(python_int("+3"), Some(3));
        assert_eq!(python_int("-1_000"), Some(-1000));
        assert_eq!(python_int("abc"), None);
        assert_eq!(python_int("1.5"), None);
        assert_eq!(python_int(""), None);
    }

    fn floats(values: &[f64]) -> Vec<String> {
        values
            .iter()
            .map(|f| {
                let mut s = String::new();
                push_py_float(&mut s, *f);
                s
            })
            .collect()
    }

    #[test]
    fn floats_print_as_python_repr() {
        assert_eq!(
            floats(&[
                1.0,
                1e16,
                1e15,
                1e-5,
                0.0001,
                -0.0,
                0.1,
                1594157520.512,
                1e22,
                5e-324
            ]),
            [
                "1.0",
                "1e+16",
                "1000000000000000.0",
                "1e-05",
                "0.0001",
                "-0.0",
                "0.1",
                "1594157520.512",
                "1e+22",
                "5e-324"
            ]
        );
        assert_eq!(
            floats(&[1.5e-7, 123456789.12345679, -2.5e300]),
            ["1.5e-07", "123456789.12345679", "-2.5e+300"]
        );
    }

    fn split(s: &str) -> Result<Vec<String>, &'static str> {
        shlex_split(s)
    }

    #[test]
    fn shlex_split_like_python() {
        // Each expectation is what Python's shlex.split returns, or the message it raises.
        assert_eq!(
            split(r#"a 'b c' "d \" \x" e\ f"#).unwrap(),
            ["a", "b c", "d \" \\x", "e f"]
        );
        assert_eq!(
            split("  list\n--max-items\t1 ").unwrap(),
            ["list", "--max-items", "1"]
        );
        assert_eq!(split(r#"a'b'"c" '' "\\""#).unwrap(), ["abc", "", "\\"]);
        assert_eq!(
            split(r#"'$HOME' "a'b" 'c"d' \$x"#).unwrap(),
            ["$HOME", "a'b", "c\"d", "$x"]
        );
        assert_eq!(split("").unwrap(), Vec::<String>::new());
        assert_eq!(split("a\\"), Err("No escaped character"));
        assert_eq!(split("a 'b"), Err("No closing quotation"));
        assert_eq!(split("a \"b"), Err("No closing quotation"));
        assert_eq!(split("a \"b\\"), Err("No escaped character"));
        assert_eq!(split("a \"b\\'"), Err("No closing quotation"));
        assert_eq!(split("a 'b\\"), Err("No closing quotation"));
    }

    // The expectations below come from v2's own formatter code run on the same documents.
}
