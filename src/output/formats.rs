//! The non-JSON renderings of a command's result — `--output text`, `--output table`,
//! `--output yaml` and `--output yaml-stream` — byte for byte as AWS CLI v2 prints them.
//!
//! Every function takes the document exactly as the JSON renderer would see it (members in
//! response order, timestamps already rendered, `--query` already applied, so any JSON value)
//! and returns the bytes for stdout. Nothing here prints, reads the terminal or the
//! environment; the caller passes the table width and whether colour is on.
//!
//! The rules, as v2 applies them:
//!
//! * **text** — a scalar prints as Python's `str()` (`True`, `False`, `None`, floats as Python's
//!   `repr`) plus a newline. An object prints its scalar members on one tab-separated line in
//!   key order, prefixed by the upper-cased key that led to it (none at the top), then each
//!   list/object member in key order. A list of objects prints one line per element with the
//!   union of the elements' scalar keys as columns (missing ones empty); a list of scalars
//!   prints one `KEY\tvalue` line per element, or one tab-separated line when it has no key.
//!   Empty lists and objects print nothing. A paginated command prints each page separately
//!   (see [`text`]).
//! * **table** — a title row, then one section per object and list of objects, nested ones
//!   indented by `|` on both sides; see [`table`] for widths and colour.
//! * **yaml** — a safe dump through libyaml: block style, keys sorted, sequences not indented
//!   under their key, `[]`/`{}` for empty ones, strings quoted only when they would read back
//!   as something else; a scalar result is printed as one line of JSON; `{}` prints nothing.
//! * **yaml-stream** — each page as a one-element YAML list (`- ` prefixed).

use serde_json::{Map, Number, Value};
use std::borrow::Cow;
use std::collections::HashMap;

/// The result v2 cannot print: its formatter stops with a Python exception, so the command
/// exits with status 255 after writing `printed` to stdout and
/// `"\naws: [ERROR]: {message}\n"` to stderr. Only odd `--query` results get here (a list
/// mixing objects with other values, table rows of different lengths).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    /// What v2 has already written to stdout when it stops.
    pub printed: String,
    /// The exception's message.
    pub message: String,
}

// ---------------------------------------------------------------------------------------------
// Python's rendering of values
// ---------------------------------------------------------------------------------------------

/// Appends `str(value)` as Python prints it for a value decoded from JSON.
fn push_py_str(out: &mut String, v: &Value) {
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
fn push_number(out: &mut String, n: &Number) {
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
            push_repeat(out, '0', (-point) as usize);
            out.push_str(&digits);
        } else if point >= n {
            out.push_str(&digits);
            push_repeat(out, '0', (point - n) as usize);
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

/// Python's `repr` of a list or dict (what `str()` gives for them).
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

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

fn push_repeat(out: &mut String, c: char, n: usize) {
    const SPACES: &str = "                                                                ";
    const DASHES: &str = "----------------------------------------------------------------";
    let run = match c {
        ' ' => SPACES,
        '-' => DASHES,
        _ => {
            out.extend(std::iter::repeat_n(c, n));
            return;
        }
    };
    let mut n = n;
    while n > run.len() {
        out.push_str(run);
        n -= run.len();
    }
    out.push_str(&run[..n]);
}

/// The members of the objects of a list (text rows, table sections) by key id, so that the
/// rows are filled without comparing keys again once the columns are known. The objects of a
/// listing share their keys and their order, so a key is recognised with one comparison, to
/// the key the previous object had at the same position.
#[derive(Default)]
struct Members<'a> {
    /// Every distinct key, in order of appearance.
    keys: Vec<MemberKey<'a>>,
    /// The index in `keys` of every member of every object added, object after object.
    ids: Vec<u32>,
    /// Where in `ids` the previous object's members start.
    previous: usize,
    index: HashMap<&'a str, u32>,
}

struct MemberKey<'a> {
    name: &'a str,
    /// Whether it holds a scalar in some object.
    scalar: bool,
    /// Whether it holds a list or an object in some object.
    nested: bool,
}

/// Not among the keys asked for (see [`Members::sorted`]).
const NO_RANK: u32 = u32::MAX;

impl<'a> Members<'a> {
    fn add(&mut self, map: &'a Map<String, Value>) {
        let start = self.ids.len();
        for (j, (k, v)) in map.iter().enumerate() {
            // The objects of a list mostly share their keys and their order: the key the
            // previous object had at this position is the first guess.
            let guess = (self.previous + j < start).then(|| self.ids[self.previous + j]);
            let id = match guess {
                Some(id) if self.keys[id as usize].name == k.as_str() => id,
                _ => self.id(k),
            };
            let key = &mut self.keys[id as usize];
            if is_scalar(v) {
                key.scalar = true;
            } else {
                key.nested = true;
            }
            self.ids.push(id);
        }
        self.previous = start;
    }

    fn id(&mut self, name: &'a str) -> u32 {
        let next = self.keys.len() as u32;
        let id = *self.index.entry(name).or_insert(next);
        if id == next {
            self.keys.push(MemberKey {
                name,
                scalar: false,
                nested: false,
            });
        }
        id
    }

    /// The keys `pick` chooses, sorted, and the rank among them of every key id ([`NO_RANK`]
    /// for the others).
    fn sorted(&self, pick: impl Fn(&MemberKey) -> bool) -> (Vec<&'a str>, Vec<u32>) {
        let mut chosen: Vec<(&'a str, u32)> = (0u32..)
            .zip(&self.keys)
            .filter(|(_, k)| pick(k))
            .map(|(id, k)| (k.name, id))
            .collect();
        chosen.sort_unstable();
        let mut rank = vec![NO_RANK; self.keys.len()];
        for (r, &(_, id)) in (0u32..).zip(&chosen) {
            rank[id as usize] = r;
        }
        (chosen.into_iter().map(|(name, _)| name).collect(), rank)
    }
}

// ---------------------------------------------------------------------------------------------
// --output text
// ---------------------------------------------------------------------------------------------

/// `--output text` for one document.
///
/// A paginated command is printed page by page in v2: call this once per page with the page's
/// result keys (the first page also carries the response's other, non-token members), apply
/// `--query` to each page on its own, and concatenate. When `--max-items` leaves a resume
/// token, v2 then prints `text(&json!({"NextToken": {"NextToken": token}}))`, i.e.
/// `NEXTTOKEN\t<token>`. A page without its result key prints `None` (v2 sets it to null).
///
/// For a document v2 cannot print (see [`Unprintable`]) this returns what v2 printed before
/// stopping; [`text_checked`] tells the two apart.
pub fn text(doc: &Value) -> String {
    match text_checked(doc) {
        Ok(s) => s,
        Err(e) => e.printed,
    }
}

/// [`text`], or the failure v2 stops with.
pub fn text_checked(doc: &Value) -> Result<String, Unprintable> {
    let mut out = String::with_capacity(1024);
    match text_item(&mut out, doc, None) {
        Ok(()) => Ok(out),
        Err(message) => Err(Unprintable {
            printed: out,
            message,
        }),
    }
}

fn text_item(out: &mut String, item: &Value, identifier: Option<&str>) -> Result<(), String> {
    match item {
        Value::Object(map) => text_object(out, map, identifier),
        Value::Array(items) => text_list(out, items, identifier),
        _ => {
            push_py_str(out, item);
            out.push('\n');
            Ok(())
        }
    }
}

fn text_list(out: &mut String, items: &[Value], identifier: Option<&str>) -> Result<(), String> {
    if items.is_empty() {
        return Ok(());
    }
    if items.iter().any(Value::is_object) {
        let mut members = Members::default();
        for element in items {
            let Value::Object(map) = element else {
                return Err(format!(
                    "'{}' object has no attribute 'items'",
                    py_type(element)
                ));
            };
            members.add(map);
        }
        text_rows(out, items, identifier, &members)?;
    } else if items.iter().any(Value::is_array) {
        let scalars: Vec<&Value> = items.iter().filter(|v| is_scalar(v)).collect();
        if !scalars.is_empty() {
            text_scalars(out, scalars.into_iter(), identifier);
        }
        for nested in items.iter().filter(|v| !is_scalar(v)) {
            text_item(out, nested, identifier)?;
        }
    } else {
        text_scalars(out, items.iter(), identifier);
    }
    Ok(())
}

fn text_scalars<'a>(
    out: &mut String,
    items: impl Iterator<Item = &'a Value>,
    identifier: Option<&str>,
) {
    match identifier {
        Some(id) => {
            let id = id.to_uppercase();
            for item in items {
                out.push_str(&id);
                out.push('\t');
                push_py_str(out, item);
                out.push('\n');
            }
        }
        None => {
            for (i, item) in items.enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                push_py_str(out, item);
            }
            out.push('\n');
        }
    }
}

fn text_object(
    out: &mut String,
    map: &Map<String, Value>,
    identifier: Option<&str>,
) -> Result<(), String> {
    let mut entries: Vec<(&String, &Value)> = map.iter().collect();
    entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let mut fields = 0usize;
    for &(_, v) in &entries {
        if is_scalar(v) {
            if fields == 0 {
                if let Some(id) = identifier {
                    out.push_str(&id.to_uppercase());
                    fields += 1;
                }
            }
            if fields > 0 {
                out.push('\t');
            }
            push_py_str(out, v);
            fields += 1;
        }
    }
    if fields > 0 {
        out.push('\n');
    }
    for (k, v) in entries {
        if !is_scalar(v) {
            text_item(out, v, Some(k))?;
        }
    }
    Ok(())
}

/// The elements of a list of objects, one line each with the values of the columns (every key
/// that holds a scalar in some element, sorted; missing values empty), each followed by its
/// other members (lists and objects in every element) in key order.
fn text_rows(
    out: &mut String,
    items: &[Value],
    identifier: Option<&str>,
    members: &Members,
) -> Result<(), String> {
    let (keys, column) = members.sorted(|k| k.scalar);
    let identifier = identifier.map(str::to_uppercase);
    let mut values: Vec<Option<&Value>> = vec![None; keys.len()];
    let mut nested: Vec<(&String, &Value)> = Vec::new();
    let mut ids = members.ids.as_slice();
    for element in items {
        let Value::Object(map) = element else {
            continue; // the caller let only objects through
        };
        let (element_ids, rest) = ids.split_at(map.len());
        ids = rest;
        values.fill(None);
        nested.clear();
        for ((k, v), &id) in map.iter().zip(element_ids) {
            match column[id as usize] {
                NO_RANK => nested.push((k, v)),
                c => values[c as usize] = Some(v),
            }
        }
        if !keys.is_empty() {
            if let Some(id) = &identifier {
                out.push_str(id);
                out.push('\t');
            }
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                if let Some(v) = v {
                    push_py_str(out, v);
                }
            }
            out.push('\n');
        }
        nested.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for &(k, v) in &nested {
            text_item(out, v, Some(k))?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// --output table
// ---------------------------------------------------------------------------------------------

/// `--output table`: the document under a title row naming the operation (`operation`, e.g.
/// `ListMitigationActions`).
///
/// Layout, as v2 builds it: an object becomes a section of its scalar members — one
/// `key | value` row when there is a single one, otherwise a header row of the sorted keys over
/// one row of values — followed by a section per list/object member, titled by its key and
/// indented one level (`|` added on both sides). A list of objects becomes a section with a
/// header row of the union of the scalar keys and a row per element; when the elements have
/// nested members, each element gets its own section followed by its nested ones. Lists of
/// scalars are one-column rows; a bare scalar result shows only the title; empty and falsy
/// results (`{}`, `[]`, `""`, `0`, `false`, `null`) print nothing.
///
/// Widths: every section is as wide as the widest one (a column is its widest cell plus four;
/// a title needs its width plus two), columns are scaled up proportionally (Python's
/// round-half-even, then trimmed from the left or padded from the right to the exact width)
/// and headers centred. Character widths are v2's: East Asian Wide, Fullwidth and Ambiguous
/// characters count two, every other character one. When the table is wider than `width`,
/// sections of a single header-and-values row are turned into `key | value` rows, once; the
/// table is not cut further, so lines may stay wider than `width`. v2 takes `width` from the
/// terminal of stdout (80 when stdout is not a terminal; `$COLUMNS` is not consulted).
///
/// `color` is v2's coloured style (`--color on`, or `auto` on a terminal): values bright
/// blue, indentation bars dim yellow, and a reset (`ESC[0m`) after every piece v2 writes.
pub fn table(operation: &str, doc: &Value, width: usize, color: bool) -> String {
    table_checked(operation, doc, width, color).unwrap_or_default()
}

/// [`table`], or the failure v2 stops with (it prints nothing to stdout then).
pub fn table_checked(
    operation: &str,
    doc: &Value,
    width: usize,
    color: bool,
) -> Result<String, Unprintable> {
    let mut builder = TableBuilder::default();
    match builder.build(Some(operation), doc, 0) {
        Ok(true) => Ok(render_table(builder.sections, width, color)),
        Ok(false) => Ok(String::new()),
        Err(message) => Err(Unprintable {
            printed: String::new(),
            message,
        }),
    }
}

/// A cell's text and its width as v2 counts it. Strings are borrowed from the document.
#[derive(Clone)]
struct Cell<'a> {
    text: Cow<'a, str>,
    width: usize,
}

impl<'a> Cell<'a> {
    const EMPTY: Cell<'static> = Cell {
        text: Cow::Borrowed(""),
        width: 0,
    };

    fn new(text: &'a str) -> Cell<'a> {
        Cell {
            width: display_width(text),
            text: Cow::Borrowed(text),
        }
    }

    /// `str(value)`.
    fn of(v: &'a Value) -> Cell<'a> {
        match v {
            Value::String(s) => Cell::new(s),
            _ => {
                let text = py_str(v);
                Cell {
                    width: display_width(&text),
                    text: Cow::Owned(text),
                }
            }
        }
    }
}

struct Section<'a> {
    /// `None` is v2's untitled section (nested lists of lists); it renders no title but still
    /// counts as four wide (`len("None")`).
    title: Option<&'a str>,
    headers: Vec<Cell<'a>>,
    /// The cells of all rows, one row after the other, `columns` each.
    cells: Vec<Cell<'a>>,
    rows: usize,
    indent: usize,
    columns: Option<usize>,
    max_widths: Vec<usize>,
}

impl<'a> Section<'a> {
    fn new(title: Option<&'a str>, indent: usize) -> Section<'a> {
        Section {
            title,
            headers: Vec::new(),
            cells: Vec::new(),
            rows: 0,
            indent,
            columns: None,
            max_widths: Vec::new(),
        }
    }

    fn add_header(&mut self, headers: Vec<Cell<'a>>) -> Result<(), String> {
        self.update_max_widths(&headers)?;
        if self.columns.is_none() {
            self.columns = Some(headers.len());
        }
        self.headers = headers;
        Ok(())
    }

    /// Adds the row, leaving `row` empty.
    fn add_row(&mut self, row: &mut Vec<Cell<'a>>) -> Result<(), String> {
        let columns = *self.columns.get_or_insert(row.len());
        if row.len() != columns {
            return Err(format!(
                "Row should have {columns} elements, instead it has {}",
                row.len()
            ));
        }
        self.update_max_widths(row)?;
        self.cells.append(row);
        self.rows += 1;
        Ok(())
    }

    fn rows(&self) -> impl Iterator<Item = &[Cell<'a>]> {
        let columns = self.columns.unwrap_or(0);
        (0..self.rows).map(move |i| &self.cells[i * columns..(i + 1) * columns])
    }

    fn update_max_widths(&mut self, row: &[Cell]) -> Result<(), String> {
        if self.max_widths.is_empty() {
            self.max_widths = row.iter().map(|c| c.width).collect();
            return Ok(());
        }
        for (i, cell) in row.iter().enumerate() {
            let slot = self
                .max_widths
                .get_mut(i)
                .ok_or_else(|| "list index out of range".to_owned())?;
            *slot = (*slot).max(cell.width);
        }
        Ok(())
    }

    fn title_width(&self) -> usize {
        self.title.map_or(4, display_width)
    }

    fn total_width(&self) -> usize {
        let columns: usize = self.max_widths.iter().map(|w| w + 4).sum();
        let outer = 2 + 2 * self.indent;
        (columns + outer).max(self.title_width() + outer)
    }

    /// The section's column widths (each including its right bar, the first also its left
    /// one), summing to `total`.
    fn column_widths(&self, total: usize) -> Vec<usize> {
        let unscaled: Vec<usize> = self.max_widths.iter().map(|w| w + 4).collect();
        let sum: usize = unscaled.iter().sum();
        if unscaled.is_empty() || sum == 0 {
            return unscaled;
        }
        let scale = total as f64 / sum as f64;
        let mut scaled: Vec<i64> = unscaled
            .iter()
            .map(|&w| (scale * w as f64).round_ties_even() as i64)
            .collect();
        let mut off_by: i64 = scaled.iter().sum::<i64>() - total as i64;
        let n = scaled.len();
        while off_by != 0 {
            for step in 0..n {
                if off_by > 0 {
                    scaled[step] -= 1;
                    off_by -= 1;
                } else {
                    scaled[n - 1 - step] += 1;
                    off_by += 1;
                }
                if off_by == 0 {
                    break;
                }
            }
        }
        scaled.into_iter().map(|w| w.max(0) as usize).collect()
    }
}

#[derive(Default)]
struct TableBuilder<'a> {
    sections: Vec<Section<'a>>,
}

impl<'a> TableBuilder<'a> {
    fn new_section(&mut self, title: Option<&'a str>, indent: usize) {
        self.sections.push(Section::new(title, indent));
    }

    fn current(&mut self) -> Result<&mut Section<'a>, String> {
        self.sections
            .last_mut()
            .ok_or_else(|| "'NoneType' object has no attribute 'add_row'".to_owned())
    }

    fn add_row(&mut self, mut row: Vec<Cell<'a>>) -> Result<(), String> {
        self.current()?.add_row(&mut row)
    }

    fn add_header(&mut self, headers: Vec<Cell<'a>>) -> Result<(), String> {
        self.current()?.add_header(headers)
    }

    /// Adds `current` under `title`; false when it is empty or falsy and adds nothing.
    fn build(
        &mut self,
        title: Option<&'a str>,
        current: &'a Value,
        indent: usize,
    ) -> Result<bool, String> {
        if py_falsy(current) {
            return Ok(false);
        }
        if title.is_some() {
            self.new_section(title, indent);
        }
        match current {
            Value::Array(items) if items.first().is_some_and(Value::is_object) => {
                self.list_of_objects(items, indent, title)?;
            }
            Value::Array(items) => {
                for item in items {
                    match item {
                        Value::Array(inner) if !inner.iter().all(is_scalar) => {
                            self.build(None, item, 0)?;
                        }
                        Value::Array(inner) => {
                            self.add_row(inner.iter().map(Cell::of).collect())?;
                        }
                        // v2 iterates an object here, which yields its keys.
                        Value::Object(map) => {
                            self.add_row(map.keys().map(|k| Cell::new(k)).collect())?;
                        }
                        _ => self.add_row(vec![Cell::of(item)])?,
                    }
                }
            }
            Value::Object(map) => self.object(map, indent)?,
            _ => {}
        }
        Ok(true)
    }

    fn object(&mut self, map: &'a Map<String, Value>, indent: usize) -> Result<(), String> {
        let mut scalars: Vec<(&'a String, &'a Value)> = Vec::new();
        let mut nested: Vec<(&'a String, &'a Value)> = Vec::new();
        for (k, v) in map {
            if is_scalar(v) {
                scalars.push((k, v));
            } else {
                nested.push((k, v));
            }
        }
        scalars.sort_unstable_by(|a, b| a.0.cmp(b.0));
        nested.sort_unstable_by(|a, b| a.0.cmp(b.0));
        if let &[(k, v)] = scalars.as_slice() {
            self.add_row(vec![Cell::new(k), Cell::of(v)])?;
        } else if !scalars.is_empty() {
            self.add_header(scalars.iter().map(|&(k, _)| Cell::new(k)).collect())?;
            self.add_row(scalars.iter().map(|&(_, v)| Cell::of(v)).collect())?;
        }
        for (k, v) in nested {
            self.build(Some(k), v, indent + 1)?;
        }
        Ok(())
    }

    fn list_of_objects(
        &mut self,
        items: &'a [Value],
        indent: usize,
        title: Option<&'a str>,
    ) -> Result<(), String> {
        let mut members = Members::default();
        for item in items {
            match item {
                Value::Object(map) => members.add(map),
                other => {
                    if let Some(message) = grouping_error(other) {
                        return Err(message);
                    }
                }
            }
        }
        if items
            .iter()
            .any(|v| v.as_array().is_some_and(|a| !a.is_empty()))
        {
            // A list of integers got past the grouping by being indexed with its own
            // elements; v2 then fails sorting those integer "keys" with names, or looking a
            // column up in the list.
            return Err("'list' object has no attribute 'get'".to_owned());
        }
        // Columns: every key that holds a scalar in some element; sections: every key that
        // holds a list or an object in some element; both sorted.
        let (headers, column) = members.sorted(|k| k.scalar);
        let (nested, nested_rank) = members.sorted(|k| k.nested);
        let header_cells: Vec<Cell<'a>> = headers.iter().map(|&h| Cell::new(h)).collect();
        self.add_header(header_cells.clone())?;
        let mut row: Vec<Cell<'a>> = Vec::with_capacity(headers.len());
        let mut sections: Vec<(u32, &'a str, &'a Value)> = Vec::new();
        let mut ids = members.ids.as_slice();
        for (i, item) in items.iter().enumerate() {
            if i > 0 && !nested.is_empty() {
                self.new_section(title, indent);
                self.add_header(header_cells.clone())?;
            }
            let Value::Object(map) = item else {
                // Only `""` and `[]` get here: rows of nothing when there are no columns.
                if !headers.is_empty() {
                    return Err(format!("'{}' object has no attribute 'get'", py_type(item)));
                }
                self.add_row(Vec::new())?;
                if item.as_str() == Some("") && nested.contains(&"") {
                    return Err("string indices must be integers, not 'str'".to_owned());
                }
                continue;
            };
            // One pass over the element puts each of its values in its column (missing ones
            // stay empty) and picks its members that have sections.
            let (element_ids, rest) = ids.split_at(map.len());
            ids = rest;
            row.clear();
            row.resize(headers.len(), Cell::EMPTY);
            sections.clear();
            for ((k, v), &id) in map.iter().zip(element_ids) {
                let (c, r) = (column[id as usize], nested_rank[id as usize]);
                if c != NO_RANK {
                    row[c as usize] = Cell::of(v);
                }
                if r != NO_RANK {
                    sections.push((r, k, v));
                }
            }
            self.current()?.add_row(&mut row)?;
            sections.sort_unstable_by_key(|&(r, _, _)| r);
            for &(_, k, v) in &sections {
                self.build(Some(k), v, indent + 1)?;
            }
        }
        Ok(())
    }
}

/// The exception v2 raises while collecting the columns of a list that starts with an object
/// when it meets `item`, which is not one (it iterates the item and indexes it with what it
/// gets); `None` when v2 gets past it.
fn grouping_error(item: &Value) -> Option<String> {
    match item {
        Value::String(s) if s.is_empty() => None,
        Value::String(_) => Some("string indices must be integers, not 'str'".into()),
        Value::Array(elements) => {
            let len = elements.len() as i128;
            elements.iter().find_map(|e| {
                let index = match e {
                    Value::Bool(b) => i128::from(*b),
                    Value::Number(n) if !n.is_f64() => n
                        .as_i64()
                        .map(i128::from)
                        .or_else(|| n.as_u64().map(i128::from))
                        .unwrap_or(i128::MAX),
                    other => {
                        return Some(format!(
                            "list indices must be integers or slices, not {}",
                            py_type(other)
                        ))
                    }
                };
                if index > i128::from(i64::MAX) || index < i128::from(i64::MIN) {
                    Some("cannot fit 'int' into an index-sized integer".to_owned())
                } else {
                    (index >= len || index < -len).then(|| "list index out of range".to_owned())
                }
            })
        }
        _ => Some(format!("'{}' object is not iterable", py_type(item))),
    }
}

fn py_falsy(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(m) => m.is_empty(),
    }
}

const RESET: &str = "\x1b[0m";
const VALUE_STYLE: &str = "\x1b[1m\x1b[34m";
const BAR_STYLE: &str = "\x1b[2m\x1b[33m|\x1b[0m";

/// Writes lines the way v2's indented stream does: bars on both sides per indentation level,
/// and in colour a reset after each of its four writes (left bars, text, right bars, newline).
struct LineWriter {
    out: String,
    color: bool,
}

impl LineWriter {
    fn line(&mut self, indent: usize, text: &str) {
        self.start(indent);
        self.out.push_str(text);
        self.end(indent);
    }

    /// The left bars; the line's text is then written to `out`, and [`LineWriter::end`]
    /// finishes the line.
    fn start(&mut self, indent: usize) {
        self.bars(indent);
        if self.color {
            self.out.push_str(RESET);
        }
    }

    fn end(&mut self, indent: usize) {
        if self.color {
            self.out.push_str(RESET);
        }
        self.bars(indent);
        if self.color {
            self.out.push_str(RESET);
        }
        self.out.push('\n');
        if self.color {
            self.out.push_str(RESET);
        }
    }

    fn bars(&mut self, indent: usize) {
        let bar = if self.color { BAR_STYLE } else { "|" };
        for _ in 0..indent {
            self.out.push_str(bar);
        }
    }
}

/// Renders the sections.
fn render_table(mut sections: Vec<Section>, terminal_width: usize, color: bool) -> String {
    let mut max_width = sections.iter().map(Section::total_width).max().unwrap_or(0);
    if max_width > terminal_width {
        for section in &mut sections {
            if section.rows == 1 && !section.headers.is_empty() {
                let mut vertical = Section::new(section.title, section.indent);
                let headers = std::mem::take(&mut section.headers);
                let row = std::mem::take(&mut section.cells);
                for (h, v) in headers.into_iter().zip(row) {
                    // Two cells into a fresh two-column section cannot fail.
                    let _ = vertical.add_row(&mut vec![h, v]);
                }
                *section = vertical;
            }
        }
        max_width = sections.iter().map(Section::total_width).max().unwrap_or(0);
    }
    // Every line is `max_width` characters; colour adds escapes to each line and cell.
    let capacity = sections
        .iter()
        .map(|s| {
            let mut line = max_width + 1;
            if color {
                line += 4 * RESET.len()
                    + 2 * s.indent * BAR_STYLE.len()
                    + s.columns.unwrap_or(0) * (VALUE_STYLE.len() + RESET.len());
            }
            (s.rows + 4) * line
        })
        .sum::<usize>();
    let mut w = LineWriter {
        out: String::with_capacity(capacity + max_width + 8),
        color,
    };
    push_repeat(&mut w.out, '-', max_width);
    w.out.push('\n');
    if color {
        w.out.push_str(RESET);
    }
    for section in &sections {
        render_section(&mut w, section, max_width);
    }
    w.out
}

fn render_section(w: &mut LineWriter, section: &Section, max_width: usize) {
    let inner = max_width.saturating_sub(section.indent * 2);
    let mut line = String::new();
    if let Some(title) = section.title.filter(|t| !t.is_empty()) {
        center(&mut line, title, display_width(title), inner, "|");
        w.line(section.indent, &line);
        if section.headers.is_empty() && section.rows == 0 {
            line.clear();
            line.push('+');
            push_repeat(&mut line, '-', inner.saturating_sub(2));
            line.push('+');
            w.line(section.indent, &line);
        }
    }
    if section.headers.is_empty() && section.rows == 0 {
        return;
    }
    let widths = section.column_widths(inner);
    let mut ruler = String::new();
    rule(&mut ruler, &widths);
    if !section.headers.is_empty() {
        w.line(section.indent, &ruler);
        line.clear();
        for (i, (width, header)) in widths.iter().zip(&section.headers).enumerate() {
            let left = if i == 0 { "|" } else { "" };
            center(&mut line, &header.text, header.width, *width, left);
        }
        w.line(section.indent, &line);
    }
    if section.rows == 0 || widths.is_empty() {
        return;
    }
    w.line(section.indent, &ruler);
    let color = w.color;
    for row in section.rows() {
        w.start(section.indent);
        let out = &mut w.out;
        for (i, (width, cell)) in widths.iter().zip(row).enumerate() {
            if i == 0 {
                out.push('|');
            }
            let edges = if i == 0 { 2 } else { 1 };
            let padding = if cell.width + 2 + edges <= *width {
                2
            } else {
                0
            };
            push_repeat(out, ' ', padding);
            if color {
                out.push_str(VALUE_STYLE);
                out.push_str(&cell.text);
                out.push_str(RESET);
            } else {
                out.push_str(&cell.text);
            }
            let used = edges + padding + cell.width;
            push_repeat(out, ' ', width.saturating_sub(used));
            out.push('|');
        }
        w.end(section.indent);
    }
    w.line(section.indent, &ruler);
}

/// Replaces `line` with a rule such as `+-----+------+`.
fn rule(line: &mut String, widths: &[usize]) {
    line.clear();
    for (i, width) in widths.iter().enumerate() {
        if i == 0 {
            line.push('+');
            push_repeat(line, '-', width.saturating_sub(2));
        } else {
            push_repeat(line, '-', width.saturating_sub(1));
        }
        line.push('+');
    }
}

/// Appends `text` centred v2's way in a field of `length` that ends with a bar and starts with
/// `left` (a bar or nothing): `length/2 - text/2 - 1` spaces before it.
fn center(line: &mut String, text: &str, text_width: usize, length: usize, left: &str) {
    let left_width = left.len() as i64;
    let before = (length / 2) as i64 - (text_width / 2) as i64 - 1;
    line.push_str(left);
    push_repeat(line, ' ', before.max(0) as usize);
    line.push_str(text);
    let after = length as i64 - 1 - (left_width + before + text_width as i64);
    push_repeat(line, ' ', after.max(0) as usize);
    line.push('|');
}

/// A string's width as v2 counts it: two for East Asian Wide, Fullwidth and Ambiguous
/// characters, one for every other character (combining and control characters included).
pub fn display_width(s: &str) -> usize {
    if s.is_ascii() {
        return s.len();
    }
    s.chars()
        .map(|c| {
            let u = c as u32;
            if u < 0xA1 || !is_wide(u) {
                1
            } else {
                2
            }
        })
        .sum()
}

fn is_wide(u: u32) -> bool {
    // WIDE holds inclusive ranges as (start, end) pairs, ascending.
    let pairs = WIDE.len() / 2;
    let (mut lo, mut hi) = (0usize, pairs);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if WIDE[2 * mid + 1] < u {
            lo = mid + 1;
        } else if WIDE[2 * mid] > u {
            hi = mid;
        } else {
            return true;
        }
    }
    false
}

/// Code points whose East Asian Width is W, F or A (Unicode 14.0, as in v2's Python), as
/// inclusive (start, end) pairs.
#[rustfmt::skip]
const WIDE: [u32; 1702] = [
    0xA1, 0xA1, 0xA4, 0xA4, 0xA7, 0xA8, 0xAA, 0xAA, 0xAD, 0xAE, 0xB0, 0xB4, 0xB6, 0xBA, 0xBC, 0xBF,
    0xC6, 0xC6, 0xD0, 0xD0, 0xD7, 0xD8, 0xDE, 0xE1, 0xE6, 0xE6, 0xE8, 0xEA, 0xEC, 0xED, 0xF0, 0xF0,
    0xF2, 0xF3, 0xF7, 0xFA, 0xFC, 0xFC, 0xFE, 0xFE, 0x101, 0x101, 0x111, 0x111, 0x113, 0x113,
    0x11B, 0x11B, 0x126, 0x127, 0x12B, 0x12B, 0x131, 0x133, 0x138, 0x138, 0x13F, 0x142, 0x144,
    0x144, 0x148, 0x14B, 0x14D, 0x14D, 0x152, 0x153, 0x166, 0x167, 0x16B, 0x16B, 0x1CE, 0x1CE,
    0x1D0, 0x1D0, 0x1D2, 0x1D2, 0x1D4, 0x1D4, 0x1D6, 0x1D6, 0x1D8, 0x1D8, 0x1DA, 0x1DA, 0x1DC,
    0x1DC, 0x251, 0x251, 0x261, 0x261, 0x2C4, 0x2C4, 0x2C7, 0x2C7, 0x2C9, 0x2CB, 0x2CD, 0x2CD,
    0x2D0, 0x2D0, 0x2D8, 0x2DB, 0x2DD, 0x2DD, 0x2DF, 0x2DF, 0x300, 0x36F, 0x378, 0x379, 0x380,
    0x383, 0x38B, 0x38B, 0x38D, 0x38D, 0x391, 0x3A9, 0x3B1, 0x3C1, 0x3C3, 0x3C9, 0x401, 0x401,
    0x410, 0x44F, 0x451, 0x451, 0x530, 0x530, 0x557, 0x558, 0x58B, 0x58C, 0x590, 0x590, 0x5C8,
    0x5CF, 0x5EB, 0x5EE, 0x5F5, 0x5FF, 0x70E, 0x70E, 0x74B, 0x74C, 0x7B2, 0x7BF, 0x7FB, 0x7FC,
    0x82E, 0x82F, 0x83F, 0x83F, 0x85C, 0x85D, 0x85F, 0x85F, 0x86B, 0x86F, 0x88F, 0x88F, 0x892,
    0x897, 0x984, 0x984, 0x98D, 0x98E, 0x991, 0x992, 0x9A9, 0x9A9, 0x9B1, 0x9B1, 0x9B3, 0x9B5,
    0x9BA, 0x9BB, 0x9C5, 0x9C6, 0x9C9, 0x9CA, 0x9CF, 0x9D6, 0x9D8, 0x9DB, 0x9DE, 0x9DE, 0x9E4,
    0x9E5, 0x9FF, 0xA00, 0xA04, 0xA04, 0xA0B, 0xA0E, 0xA11, 0xA12, 0xA29, 0xA29, 0xA31, 0xA31,
    0xA34, 0xA34, 0xA37, 0xA37, 0xA3A, 0xA3B, 0xA3D, 0xA3D, 0xA43, 0xA46, 0xA49, 0xA4A, 0xA4E,
    0xA50, 0xA52, 0xA58, 0xA5D, 0xA5D, 0xA5F, 0xA65, 0xA77, 0xA80, 0xA84, 0xA84, 0xA8E, 0xA8E,
    0xA92, 0xA92, 0xAA9, 0xAA9, 0xAB1, 0xAB1, 0xAB4, 0xAB4, 0xABA, 0xABB, 0xAC6, 0xAC6, 0xACA,
    0xACA, 0xACE, 0xACF, 0xAD1, 0xADF, 0xAE4, 0xAE5, 0xAF2, 0xAF8, 0xB00, 0xB00, 0xB04, 0xB04,
    0xB0D, 0xB0E, 0xB11, 0xB12, 0xB29, 0xB29, 0xB31, 0xB31, 0xB34, 0xB34, 0xB3A, 0xB3B, 0xB45,
    0xB46, 0xB49, 0xB4A, 0xB4E, 0xB54, 0xB58, 0xB5B, 0xB5E, 0xB5E, 0xB64, 0xB65, 0xB78, 0xB81,
    0xB84, 0xB84, 0xB8B, 0xB8D, 0xB91, 0xB91, 0xB96, 0xB98, 0xB9B, 0xB9B, 0xB9D, 0xB9D, 0xBA0,
    0xBA2, 0xBA5, 0xBA7, 0xBAB, 0xBAD, 0xBBA, 0xBBD, 0xBC3, 0xBC5, 0xBC9, 0xBC9, 0xBCE, 0xBCF,
    0xBD1, 0xBD6, 0xBD8, 0xBE5, 0xBFB, 0xBFF, 0xC0D, 0xC0D, 0xC11, 0xC11, 0xC29, 0xC29, 0xC3A,
    0xC3B, 0xC45, 0xC45, 0xC49, 0xC49, 0xC4E, 0xC54, 0xC57, 0xC57, 0xC5B, 0xC5C, 0xC5E, 0xC5F,
    0xC64, 0xC65, 0xC70, 0xC76, 0xC8D, 0xC8D, 0xC91, 0xC91, 0xCA9, 0xCA9, 0xCB4, 0xCB4, 0xCBA,
    0xCBB, 0xCC5, 0xCC5, 0xCC9, 0xCC9, 0xCCE, 0xCD4, 0xCD7, 0xCDC, 0xCDF, 0xCDF, 0xCE4, 0xCE5,
    0xCF0, 0xCF0, 0xCF3, 0xCFF, 0xD0D, 0xD0D, 0xD11, 0xD11, 0xD45, 0xD45, 0xD49, 0xD49, 0xD50,
    0xD53, 0xD64, 0xD65, 0xD80, 0xD80, 0xD84, 0xD84, 0xD97, 0xD99, 0xDB2, 0xDB2, 0xDBC, 0xDBC,
    0xDBE, 0xDBF, 0xDC7, 0xDC9, 0xDCB, 0xDCE, 0xDD5, 0xDD5, 0xDD7, 0xDD7, 0xDE0, 0xDE5, 0xDF0,
    0xDF1, 0xDF5, 0xE00, 0xE3B, 0xE3E, 0xE5C, 0xE80, 0xE83, 0xE83, 0xE85, 0xE85, 0xE8B, 0xE8B,
    0xEA4, 0xEA4, 0xEA6, 0xEA6, 0xEBE, 0xEBF, 0xEC5, 0xEC5, 0xEC7, 0xEC7, 0xECE, 0xECF, 0xEDA,
    0xEDB, 0xEE0, 0xEFF, 0xF48, 0xF48, 0xF6D, 0xF70, 0xF98, 0xF98, 0xFBD, 0xFBD, 0xFCD, 0xFCD,
    0xFDB, 0xFFF, 0x10C6, 0x10C6, 0x10C8, 0x10CC, 0x10CE, 0x10CF, 0x1100, 0x115F, 0x1249, 0x1249,
    0x124E, 0x124F, 0x1257, 0x1257, 0x1259, 0x1259, 0x125E, 0x125F, 0x1289, 0x1289, 0x128E, 0x128F,
    0x12B1, 0x12B1, 0x12B6, 0x12B7, 0x12BF, 0x12BF, 0x12C1, 0x12C1, 0x12C6, 0x12C7, 0x12D7, 0x12D7,
    0x1311, 0x1311, 0x1316, 0x1317, 0x135B, 0x135C, 0x137D, 0x137F, 0x139A, 0x139F, 0x13F6, 0x13F7,
    0x13FE, 0x13FF, 0x169D, 0x169F, 0x16F9, 0x16FF, 0x1716, 0x171E, 0x1737, 0x173F, 0x1754, 0x175F,
    0x176D, 0x176D, 0x1771, 0x1771, 0x1774, 0x177F, 0x17DE, 0x17DF, 0x17EA, 0x17EF, 0x17FA, 0x17FF,
    0x181A, 0x181F, 0x1879, 0x187F, 0x18AB, 0x18AF, 0x18F6, 0x18FF, 0x191F, 0x191F, 0x192C, 0x192F,
    0x193C, 0x193F, 0x1941, 0x1943, 0x196E, 0x196F, 0x1975, 0x197F, 0x19AC, 0x19AF, 0x19CA, 0x19CF,
    0x19DB, 0x19DD, 0x1A1C, 0x1A1D, 0x1A5F, 0x1A5F, 0x1A7D, 0x1A7E, 0x1A8A, 0x1A8F, 0x1A9A, 0x1A9F,
    0x1AAE, 0x1AAF, 0x1ACF, 0x1AFF, 0x1B4D, 0x1B4F, 0x1B7F, 0x1B7F, 0x1BF4, 0x1BFB, 0x1C38, 0x1C3A,
    0x1C4A, 0x1C4C, 0x1C89, 0x1C8F, 0x1CBB, 0x1CBC, 0x1CC8, 0x1CCF, 0x1CFB, 0x1CFF, 0x1F16, 0x1F17,
    0x1F1E, 0x1F1F, 0x1F46, 0x1F47, 0x1F4E, 0x1F4F, 0x1F58, 0x1F58, 0x1F5A, 0x1F5A, 0x1F5C, 0x1F5C,
    0x1F5E, 0x1F5E, 0x1F7E, 0x1F7F, 0x1FB5, 0x1FB5, 0x1FC5, 0x1FC5, 0x1FD4, 0x1FD5, 0x1FDC, 0x1FDC,
    0x1FF0, 0x1FF1, 0x1FF5, 0x1FF5, 0x1FFF, 0x1FFF, 0x2010, 0x2010, 0x2013, 0x2016, 0x2018, 0x2019,
    0x201C, 0x201D, 0x2020, 0x2022, 0x2024, 0x2027, 0x2030, 0x2030, 0x2032, 0x2033, 0x2035, 0x2035,
    0x203B, 0x203B, 0x203E, 0x203E, 0x2065, 0x2065, 0x2072, 0x2074, 0x207F, 0x207F, 0x2081, 0x2084,
    0x208F, 0x208F, 0x209D, 0x209F, 0x20AC, 0x20AC, 0x20C1, 0x20CF, 0x20F1, 0x20FF, 0x2103, 0x2103,
    0x2105, 0x2105, 0x2109, 0x2109, 0x2113, 0x2113, 0x2116, 0x2116, 0x2121, 0x2122, 0x2126, 0x2126,
    0x212B, 0x212B, 0x2153, 0x2154, 0x215B, 0x215E, 0x2160, 0x216B, 0x2170, 0x2179, 0x2189, 0x2189,
    0x218C, 0x2199, 0x21B8, 0x21B9, 0x21D2, 0x21D2, 0x21D4, 0x21D4, 0x21E7, 0x21E7, 0x2200, 0x2200,
    0x2202, 0x2203, 0x2207, 0x2208, 0x220B, 0x220B, 0x220F, 0x220F, 0x2211, 0x2211, 0x2215, 0x2215,
    0x221A, 0x221A, 0x221D, 0x2220, 0x2223, 0x2223, 0x2225, 0x2225, 0x2227, 0x222C, 0x222E, 0x222E,
    0x2234, 0x2237, 0x223C, 0x223D, 0x2248, 0x2248, 0x224C, 0x224C, 0x2252, 0x2252, 0x2260, 0x2261,
    0x2264, 0x2267, 0x226A, 0x226B, 0x226E, 0x226F, 0x2282, 0x2283, 0x2286, 0x2287, 0x2295, 0x2295,
    0x2299, 0x2299, 0x22A5, 0x22A5, 0x22BF, 0x22BF, 0x2312, 0x2312, 0x231A, 0x231B, 0x2329, 0x232A,
    0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x2427, 0x243F, 0x244B, 0x24E9, 0x24EB, 0x254B,
    0x2550, 0x2573, 0x2580, 0x258F, 0x2592, 0x2595, 0x25A0, 0x25A1, 0x25A3, 0x25A9, 0x25B2, 0x25B3,
    0x25B6, 0x25B7, 0x25BC, 0x25BD, 0x25C0, 0x25C1, 0x25C6, 0x25C8, 0x25CB, 0x25CB, 0x25CE, 0x25D1,
    0x25E2, 0x25E5, 0x25EF, 0x25EF, 0x25FD, 0x25FE, 0x2605, 0x2606, 0x2609, 0x2609, 0x260E, 0x260F,
    0x2614, 0x2615, 0x261C, 0x261C, 0x261E, 0x261E, 0x2640, 0x2640, 0x2642, 0x2642, 0x2648, 0x2653,
    0x2660, 0x2661, 0x2663, 0x2665, 0x2667, 0x266A, 0x266C, 0x266D, 0x266F, 0x266F, 0x267F, 0x267F,
    0x2693, 0x2693, 0x269E, 0x269F, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BF, 0x26C4, 0x26E1,
    0x26E3, 0x26E3, 0x26E8, 0x26FF, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x273D, 0x273D,
    0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755, 0x2757, 0x2757, 0x2776, 0x277F, 0x2795, 0x2797,
    0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B59, 0x2B74, 0x2B75,
    0x2B96, 0x2B96, 0x2CF4, 0x2CF8, 0x2D26, 0x2D26, 0x2D28, 0x2D2C, 0x2D2E, 0x2D2F, 0x2D68, 0x2D6E,
    0x2D71, 0x2D7E, 0x2D97, 0x2D9F, 0x2DA7, 0x2DA7, 0x2DAF, 0x2DAF, 0x2DB7, 0x2DB7, 0x2DBF, 0x2DBF,
    0x2DC7, 0x2DC7, 0x2DCF, 0x2DCF, 0x2DD7, 0x2DD7, 0x2DDF, 0x2DDF, 0x2E5E, 0x303E, 0x3040, 0x4DBF,
    0x4E00, 0xA4CF, 0xA62C, 0xA63F, 0xA6F8, 0xA6FF, 0xA7CB, 0xA7CF, 0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4,
    0xA7DA, 0xA7F1, 0xA82D, 0xA82F, 0xA83A, 0xA83F, 0xA878, 0xA87F, 0xA8C6, 0xA8CD, 0xA8DA, 0xA8DF,
    0xA954, 0xA95E, 0xA960, 0xA97F, 0xA9CE, 0xA9CE, 0xA9DA, 0xA9DD, 0xA9FF, 0xA9FF, 0xAA37, 0xAA3F,
    0xAA4E, 0xAA4F, 0xAA5A, 0xAA5B, 0xAAC3, 0xAADA, 0xAAF7, 0xAB00, 0xAB07, 0xAB08, 0xAB0F, 0xAB10,
    0xAB17, 0xAB1F, 0xAB27, 0xAB27, 0xAB2F, 0xAB2F, 0xAB6C, 0xAB6F, 0xABEE, 0xABEF, 0xABFA, 0xD7AF,
    0xD7C7, 0xD7CA, 0xD7FC, 0xD7FF, 0xE000, 0xFAFF, 0xFB07, 0xFB12, 0xFB18, 0xFB1C, 0xFB37, 0xFB37,
    0xFB3D, 0xFB3D, 0xFB3F, 0xFB3F, 0xFB42, 0xFB42, 0xFB45, 0xFB45, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91,
    0xFDC8, 0xFDCE, 0xFDD0, 0xFDEF, 0xFE00, 0xFE1F, 0xFE30, 0xFE6F, 0xFE75, 0xFE75, 0xFEFD, 0xFEFE,
    0xFF00, 0xFF60, 0xFFBF, 0xFFC1, 0xFFC8, 0xFFC9, 0xFFD0, 0xFFD1, 0xFFD8, 0xFFD9, 0xFFDD, 0xFFE7,
    0xFFEF, 0xFFF8, 0xFFFD, 0xFFFF, 0x1000C, 0x1000C, 0x10027, 0x10027, 0x1003B, 0x1003B, 0x1003E,
    0x1003E, 0x1004E, 0x1004F, 0x1005E, 0x1007F, 0x100FB, 0x100FF, 0x10103, 0x10106, 0x10134,
    0x10136, 0x1018F, 0x1018F, 0x1019D, 0x1019F, 0x101A1, 0x101CF, 0x101FE, 0x1027F, 0x1029D,
    0x1029F, 0x102D1, 0x102DF, 0x102FC, 0x102FF, 0x10324, 0x1032C, 0x1034B, 0x1034F, 0x1037B,
    0x1037F, 0x1039E, 0x1039E, 0x103C4, 0x103C7, 0x103D6, 0x103FF, 0x1049E, 0x1049F, 0x104AA,
    0x104AF, 0x104D4, 0x104D7, 0x104FC, 0x104FF, 0x10528, 0x1052F, 0x10564, 0x1056E, 0x1057B,
    0x1057B, 0x1058B, 0x1058B, 0x10593, 0x10593, 0x10596, 0x10596, 0x105A2, 0x105A2, 0x105B2,
    0x105B2, 0x105BA, 0x105BA, 0x105BD, 0x105FF, 0x10737, 0x1073F, 0x10756, 0x1075F, 0x10768,
    0x1077F, 0x10786, 0x10786, 0x107B1, 0x107B1, 0x107BB, 0x107FF, 0x10806, 0x10807, 0x10809,
    0x10809, 0x10836, 0x10836, 0x10839, 0x1083B, 0x1083D, 0x1083E, 0x10856, 0x10856, 0x1089F,
    0x108A6, 0x108B0, 0x108DF, 0x108F3, 0x108F3, 0x108F6, 0x108FA, 0x1091C, 0x1091E, 0x1093A,
    0x1093E, 0x10940, 0x1097F, 0x109B8, 0x109BB, 0x109D0, 0x109D1, 0x10A04, 0x10A04, 0x10A07,
    0x10A0B, 0x10A14, 0x10A14, 0x10A18, 0x10A18, 0x10A36, 0x10A37, 0x10A3B, 0x10A3E, 0x10A49,
    0x10A4F, 0x10A59, 0x10A5F, 0x10AA0, 0x10ABF, 0x10AE7, 0x10AEA, 0x10AF7, 0x10AFF, 0x10B36,
    0x10B38, 0x10B56, 0x10B57, 0x10B73, 0x10B77, 0x10B92, 0x10B98, 0x10B9D, 0x10BA8, 0x10BB0,
    0x10BFF, 0x10C49, 0x10C7F, 0x10CB3, 0x10CBF, 0x10CF3, 0x10CF9, 0x10D28, 0x10D2F, 0x10D3A,
    0x10E5F, 0x10E7F, 0x10E7F, 0x10EAA, 0x10EAA, 0x10EAE, 0x10EAF, 0x10EB2, 0x10EFF, 0x10F28,
    0x10F2F, 0x10F5A, 0x10F6F, 0x10F8A, 0x10FAF, 0x10FCC, 0x10FDF, 0x10FF7, 0x10FFF, 0x1104E,
    0x11051, 0x11076, 0x1107E, 0x110C3, 0x110CC, 0x110CE, 0x110CF, 0x110E9, 0x110EF, 0x110FA,
    0x110FF, 0x11135, 0x11135, 0x11148, 0x1114F, 0x11177, 0x1117F, 0x111E0, 0x111E0, 0x111F5,
    0x111FF, 0x11212, 0x11212, 0x1123F, 0x1127F, 0x11287, 0x11287, 0x11289, 0x11289, 0x1128E,
    0x1128E, 0x1129E, 0x1129E, 0x112AA, 0x112AF, 0x112EB, 0x112EF, 0x112FA, 0x112FF, 0x11304,
    0x11304, 0x1130D, 0x1130E, 0x11311, 0x11312, 0x11329, 0x11329, 0x11331, 0x11331, 0x11334,
    0x11334, 0x1133A, 0x1133A, 0x11345, 0x11346, 0x11349, 0x1134A, 0x1134E, 0x1134F, 0x11351,
    0x11356, 0x11358, 0x1135C, 0x11364, 0x11365, 0x1136D, 0x1136F, 0x11375, 0x113FF, 0x1145C,
    0x1145C, 0x11462, 0x1147F, 0x114C8, 0x114CF, 0x114DA, 0x1157F, 0x115B6, 0x115B7, 0x115DE,
    0x115FF, 0x11645, 0x1164F, 0x1165A, 0x1165F, 0x1166D, 0x1167F, 0x116BA, 0x116BF, 0x116CA,
    0x116FF, 0x1171B, 0x1171C, 0x1172C, 0x1172F, 0x11747, 0x117FF, 0x1183C, 0x1189F, 0x118F3,
    0x118FE, 0x11907, 0x11908, 0x1190A, 0x1190B, 0x11914, 0x11914, 0x11917, 0x11917, 0x11936,
    0x11936, 0x11939, 0x1193A, 0x11947, 0x1194F, 0x1195A, 0x1199F, 0x119A8, 0x119A9, 0x119D8,
    0x119D9, 0x119E5, 0x119FF, 0x11A48, 0x11A4F, 0x11AA3, 0x11AAF, 0x11AF9, 0x11BFF, 0x11C09,
    0x11C09, 0x11C37, 0x11C37, 0x11C46, 0x11C4F, 0x11C6D, 0x11C6F, 0x11C90, 0x11C91, 0x11CA8,
    0x11CA8, 0x11CB7, 0x11CFF, 0x11D07, 0x11D07, 0x11D0A, 0x11D0A, 0x11D37, 0x11D39, 0x11D3B,
    0x11D3B, 0x11D3E, 0x11D3E, 0x11D48, 0x11D4F, 0x11D5A, 0x11D5F, 0x11D66, 0x11D66, 0x11D69,
    0x11D69, 0x11D8F, 0x11D8F, 0x11D92, 0x11D92, 0x11D99, 0x11D9F, 0x11DAA, 0x11EDF, 0x11EF9,
    0x11FAF, 0x11FB1, 0x11FBF, 0x11FF2, 0x11FFE, 0x1239A, 0x123FF, 0x1246F, 0x1246F, 0x12475,
    0x1247F, 0x12544, 0x12F8F, 0x12FF3, 0x12FFF, 0x1342F, 0x1342F, 0x13439, 0x143FF, 0x14647,
    0x167FF, 0x16A39, 0x16A3F, 0x16A5F, 0x16A5F, 0x16A6A, 0x16A6D, 0x16ABF, 0x16ABF, 0x16ACA,
    0x16ACF, 0x16AEE, 0x16AEF, 0x16AF6, 0x16AFF, 0x16B46, 0x16B4F, 0x16B5A, 0x16B5A, 0x16B62,
    0x16B62, 0x16B78, 0x16B7C, 0x16B90, 0x16E3F, 0x16E9B, 0x16EFF, 0x16F4B, 0x16F4E, 0x16F88,
    0x16F8E, 0x16FA0, 0x1BBFF, 0x1BC6B, 0x1BC6F, 0x1BC7D, 0x1BC7F, 0x1BC89, 0x1BC8F, 0x1BC9A,
    0x1BC9B, 0x1BCA4, 0x1CEFF, 0x1CF2E, 0x1CF2F, 0x1CF47, 0x1CF4F, 0x1CFC4, 0x1CFFF, 0x1D0F6,
    0x1D0FF, 0x1D127, 0x1D128, 0x1D1EB, 0x1D1FF, 0x1D246, 0x1D2DF, 0x1D2F4, 0x1D2FF, 0x1D357,
    0x1D35F, 0x1D379, 0x1D3FF, 0x1D455, 0x1D455, 0x1D49D, 0x1D49D, 0x1D4A0, 0x1D4A1, 0x1D4A3,
    0x1D4A4, 0x1D4A7, 0x1D4A8, 0x1D4AD, 0x1D4AD, 0x1D4BA, 0x1D4BA, 0x1D4BC, 0x1D4BC, 0x1D4C4,
    0x1D4C4, 0x1D506, 0x1D506, 0x1D50B, 0x1D50C, 0x1D515, 0x1D515, 0x1D51D, 0x1D51D, 0x1D53A,
    0x1D53A, 0x1D53F, 0x1D53F, 0x1D545, 0x1D545, 0x1D547, 0x1D549, 0x1D551, 0x1D551, 0x1D6A6,
    0x1D6A7, 0x1D7CC, 0x1D7CD, 0x1DA8C, 0x1DA9A, 0x1DAA0, 0x1DAA0, 0x1DAB0, 0x1DEFF, 0x1DF1F,
    0x1DFFF, 0x1E007, 0x1E007, 0x1E019, 0x1E01A, 0x1E022, 0x1E022, 0x1E025, 0x1E025, 0x1E02B,
    0x1E0FF, 0x1E12D, 0x1E12F, 0x1E13E, 0x1E13F, 0x1E14A, 0x1E14D, 0x1E150, 0x1E28F, 0x1E2AF,
    0x1E2BF, 0x1E2FA, 0x1E2FE, 0x1E300, 0x1E7DF, 0x1E7E7, 0x1E7E7, 0x1E7EC, 0x1E7EC, 0x1E7EF,
    0x1E7EF, 0x1E7FF, 0x1E7FF, 0x1E8C5, 0x1E8C6, 0x1E8D7, 0x1E8FF, 0x1E94C, 0x1E94F, 0x1E95A,
    0x1E95D, 0x1E960, 0x1EC70, 0x1ECB5, 0x1ED00, 0x1ED3E, 0x1EDFF, 0x1EE04, 0x1EE04, 0x1EE20,
    0x1EE20, 0x1EE23, 0x1EE23, 0x1EE25, 0x1EE26, 0x1EE28, 0x1EE28, 0x1EE33, 0x1EE33, 0x1EE38,
    0x1EE38, 0x1EE3A, 0x1EE3A, 0x1EE3C, 0x1EE41, 0x1EE43, 0x1EE46, 0x1EE48, 0x1EE48, 0x1EE4A,
    0x1EE4A, 0x1EE4C, 0x1EE4C, 0x1EE50, 0x1EE50, 0x1EE53, 0x1EE53, 0x1EE55, 0x1EE56, 0x1EE58,
    0x1EE58, 0x1EE5A, 0x1EE5A, 0x1EE5C, 0x1EE5C, 0x1EE5E, 0x1EE5E, 0x1EE60, 0x1EE60, 0x1EE63,
    0x1EE63, 0x1EE65, 0x1EE66, 0x1EE6B, 0x1EE6B, 0x1EE73, 0x1EE73, 0x1EE78, 0x1EE78, 0x1EE7D,
    0x1EE7D, 0x1EE7F, 0x1EE7F, 0x1EE8A, 0x1EE8A, 0x1EE9C, 0x1EEA0, 0x1EEA4, 0x1EEA4, 0x1EEAA,
    0x1EEAA, 0x1EEBC, 0x1EEEF, 0x1EEF2, 0x1EFFF, 0x1F004, 0x1F004, 0x1F02C, 0x1F02F, 0x1F094,
    0x1F09F, 0x1F0AF, 0x1F0B0, 0x1F0C0, 0x1F0C0, 0x1F0CF, 0x1F0D0, 0x1F0F6, 0x1F10A, 0x1F110,
    0x1F12D, 0x1F130, 0x1F169, 0x1F170, 0x1F1AC, 0x1F1AE, 0x1F1E5, 0x1F200, 0x1F320, 0x1F32D,
    0x1F335, 0x1F337, 0x1F37C, 0x1F37E, 0x1F393, 0x1F3A0, 0x1F3CA, 0x1F3CF, 0x1F3D3, 0x1F3E0,
    0x1F3F0, 0x1F3F4, 0x1F3F4, 0x1F3F8, 0x1F43E, 0x1F440, 0x1F440, 0x1F442, 0x1F4FC, 0x1F4FF,
    0x1F53D, 0x1F54B, 0x1F54E, 0x1F550, 0x1F567, 0x1F57A, 0x1F57A, 0x1F595, 0x1F596, 0x1F5A4,
    0x1F5A4, 0x1F5FB, 0x1F64F, 0x1F680, 0x1F6C5, 0x1F6CC, 0x1F6CC, 0x1F6D0, 0x1F6D2, 0x1F6D5,
    0x1F6DF, 0x1F6EB, 0x1F6EF, 0x1F6F4, 0x1F6FF, 0x1F774, 0x1F77F, 0x1F7D9, 0x1F7FF, 0x1F80C,
    0x1F80F, 0x1F848, 0x1F84F, 0x1F85A, 0x1F85F, 0x1F888, 0x1F88F, 0x1F8AE, 0x1F8AF, 0x1F8B2,
    0x1F8FF, 0x1F90C, 0x1F93A, 0x1F93C, 0x1F945, 0x1F947, 0x1F9FF, 0x1FA54, 0x1FA5F, 0x1FA6E,
    0x1FAFF, 0x1FB93, 0x1FB93, 0x1FBCB, 0x1FBEF, 0x1FBFA, 0xE0000, 0xE0002, 0xE001F, 0xE0080,
    0x10FFFF,
];

// ---------------------------------------------------------------------------------------------
// --output yaml, --output yaml-stream
// ---------------------------------------------------------------------------------------------

/// `--output yaml`: an object or list as a YAML document; a scalar as one line of JSON (as
/// v2 does, to avoid YAML's `...` document end marker); `{}` (a response without output)
/// prints nothing.
///
/// The YAML is what v2's ruamel.yaml safe dump through libyaml writes: two-space block
/// indentation with sequences flush under their key, keys sorted, `[]` and `{}` for empty
/// collections, `null`, `true`/`false`, integers as written and floats as Python's `repr`.
/// A string is plain unless it would read back as another type (`'true'`, `'123'`, `'1e3'`,
/// `'null'`, `''`, ISO dates and timestamps, ...) or cannot be plain (leading/trailing blanks,
/// indicators such as `- `, `: `, ` #` or a leading `*`, `&`, `!`, `|`, `>`, `'`, `"`, `%`,
/// `@`, `[`, `{`, `#`, `,` or backquote, line breaks); those are
/// single-quoted. Text with characters YAML may not carry raw — controls, tabs, characters
/// beyond U+FFFF such as emoji, U+FEFF — or a space next to a line break is double-quoted with
/// escapes (`\t`, `\e`, `\x..`, `\u....`, `\U........`). Plain and quoted strings are folded at
/// a space once past column 80; keys longer than 128 bytes use the explicit `? key` form.
pub fn yaml(doc: &Value) -> String {
    match doc {
        Value::Object(map) if map.is_empty() => String::new(),
        Value::Array(_) | Value::Object(_) => {
            let mut e = Emitter::new();
            e.document(doc);
            e.out
        }
        _ => {
            let mut out = String::new();
            push_json_scalar(&mut out, doc);
            out.push('\n');
            out
        }
    }
}

/// `--output yaml-stream` for one page: v2 writes each page (with `--query` applied to the
/// page) as soon as it arrives, as a one-element YAML list, so the pages together read as one
/// list: `- actionIdentifiers:\n  - actionArn: ...\n  nextToken: ...\n- actionIdentifiers: ...`.
/// A non-paginated response of `{}` prints nothing, and so does this for `{}`; a page of a
/// paginated command is printed even when it is `{}`, as `- {}` — `yaml(&json!([page]))`
/// gives that.
pub fn yaml_stream_page(page: &Value) -> String {
    if matches!(page, Value::Object(map) if map.is_empty()) {
        return String::new();
    }
    let mut e = Emitter::new();
    e.document_of_one(page);
    e.out
}

/// A scalar as Python's `json.dumps(value, ensure_ascii=False)`.
fn push_json_scalar(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => push_number(out, n),
        Value::String(s) => push_json_string(out, s, false),
        Value::Array(_) | Value::Object(_) => {}
    }
}

/// A string as Python's `json.dumps` writes it; `ascii` is its `ensure_ascii`.
pub(crate) fn push_json_string(out: &mut String, s: &str, ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 || (ascii && (c as u32) > 0x7e) => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

const BEST_WIDTH: usize = 80;
const BEST_INDENT: i64 = 2;
const MAX_SIMPLE_KEY: usize = 128;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    Single,
    Double,
}

/// What libyaml's scalar analysis decides for a string (only what block context needs).
#[derive(Debug, PartialEq, Eq)]
struct Analysis {
    multiline: bool,
    plain_allowed: bool,
    single_allowed: bool,
}

fn is_break(c: char) -> bool {
    matches!(c, '\r' | '\n' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Blank, break or the end of the text.
fn is_blankz(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => c == ' ' || c == '\t' || c == '\0' || is_break(c),
    }
}

/// Characters libyaml writes raw (with unicode on): no controls but LF, nothing past U+FFFF.
fn yaml_printable(c: char) -> bool {
    matches!(c, '\n' | '\x20'..='\x7e' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}')
        && c != '\u{feff}'
}

fn analyze(s: &str) -> Analysis {
    if s.is_empty() {
        return Analysis {
            multiline: false,
            plain_allowed: true,
            single_allowed: true,
        };
    }
    // Not short-circuiting, so that the check runs over whole vectors of bytes.
    let printable_ascii = s
        .bytes()
        .fold(true, |all, b| all & (b.wrapping_sub(0x20) < 0x5f));
    if printable_ascii {
        analyze_printable_ascii(s.as_bytes())
    } else {
        analyze_chars(s)
    }
}

/// [`analyze`] for text of printable ASCII characters (the usual names, ARNs, dates): the only
/// blank is the space, nothing is special and nothing breaks a line, so what keeps such text
/// from being plain is an indicator or a leading or trailing space.
fn analyze_printable_ascii(b: &[u8]) -> Analysis {
    let (first, last) = (b[0], b[b.len() - 1]);
    let indicators = b.starts_with(b"---")
        || b.starts_with(b"...")
        || b"#,[]{}&*!|>'\"%@`".contains(&first)
        || (matches!(first, b'?' | b'-') && b.get(1).is_none_or(|&c| c == b' '))
        // `: ` or a final `:` anywhere (the first character included), ` #` anywhere
        || last == b':'
        || b.iter().zip(&b[1..]).fold(false, |found, (&c, &next)| {
            found | ((c == b':') & (next == b' ')) | ((c == b' ') & (next == b'#'))
        });
    Analysis {
        multiline: false,
        plain_allowed: !(indicators || first == b' ' || last == b' '),
        single_allowed: true,
    }
}

/// libyaml's scalar analysis, character by character.
fn analyze_chars(s: &str) -> Analysis {
    let mut indicators = s.starts_with("---") || s.starts_with("...");
    let mut line_breaks = false;
    let mut special = false;
    let (mut leading, mut trailing) = (false, false);
    let (mut break_space, mut space_break) = (false, false);
    let (mut previous_space, mut previous_break) = (false, false);
    let mut preceded_by_blank = true;
    let mut chars = s.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let followed_by_blank = is_blankz(next);
        if first {
            if "#,[]{}&*!|>'\"%@`".contains(c) {
                indicators = true;
            }
            if (c == '?' || c == ':' || c == '-') && followed_by_blank {
                indicators = true;
            }
        } else if (c == ':' && followed_by_blank) || (c == '#' && preceded_by_blank) {
            indicators = true;
        }
        if !yaml_printable(c) {
            special = true;
        }
        let last = next.is_none();
        if c == ' ' {
            leading |= first;
            trailing |= last;
            break_space |= previous_break;
            previous_space = true;
            previous_break = false;
        } else if is_break(c) {
            line_breaks = true;
            leading |= first;
            trailing |= last;
            space_break |= previous_space;
            previous_space = false;
            previous_break = true;
        } else {
            previous_space = false;
            previous_break = false;
        }
        preceded_by_blank = is_blankz(Some(c));
        first = false;
    }
    let quoted_only = leading || trailing || line_breaks || indicators;
    Analysis {
        multiline: line_breaks,
        plain_allowed: !(quoted_only || break_space || space_break || special),
        single_allowed: !(break_space || space_break || special),
    }
}

/// Whether a plain scalar with this text would be read back (YAML 1.2 core schema with
/// ruamel's additions) as something other than a string, which forces quoting.
fn resolves_as_non_string(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return true; // null
    };
    match first {
        't' | 'T' | 'f' | 'F' => {
            matches!(s, "true" | "True" | "TRUE" | "false" | "False" | "FALSE")
        }
        'n' | 'N' => matches!(s, "null" | "Null" | "NULL"),
        '~' | '<' | '=' | '!' | '&' | '*' => matches!(s, "~" | "<<" | "=" | "!" | "&" | "*"),
        '.' => is_float(s),
        '-' | '+' => is_float(s) || is_int(s),
        '0'..='9' => is_float(s) || is_int(s) || is_timestamp(s),
        _ => false,
    }
}

fn all_of(s: &str, f: impl Fn(u8) -> bool) -> bool {
    !s.is_empty() && s.bytes().all(f)
}

fn is_int(s: &str) -> bool {
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    let digits_ = |b: u8| b.is_ascii_digit() || b == b'_';
    if let Some(r) = body.strip_prefix("0b") {
        if all_of(r, |b| b == b'0' || b == b'1' || b == b'_') {
            return true;
        }
    }
    if let Some(r) = body.strip_prefix("0o") {
        if all_of(r, |b| (b'0'..=b'7').contains(&b) || b == b'_') {
            return true;
        }
    }
    if let Some(r) = body.strip_prefix("0x") {
        if all_of(r, |b| b.is_ascii_hexdigit() || b == b'_') {
            return true;
        }
    }
    all_of(body, digits_)
}

/// `[eE][-+]?[0-9]+` (sign required when `signed`), the whole of `s`.
fn is_exponent(s: &str, sign_required: bool) -> bool {
    let Some(r) = s.strip_prefix(['e', 'E']) else {
        return false;
    };
    let digits = match r.strip_prefix(['-', '+']) {
        Some(d) => d,
        None if sign_required => return false,
        None => r,
    };
    all_of(digits, |b| b.is_ascii_digit())
}

fn is_float(s: &str) -> bool {
    if matches!(s, ".nan" | ".NaN" | ".NAN") {
        return true;
    }
    let body = s.strip_prefix(['-', '+']).unwrap_or(s);
    if matches!(body, ".inf" | ".Inf" | ".INF") {
        return true;
    }
    let digits_ = |b: u8| b.is_ascii_digit() || b == b'_';
    if let Some(r) = body.strip_prefix('.') {
        // \.[0-9_]+([eE][-+][0-9]+)?
        let end = r.bytes().position(|b| !digits_(b)).unwrap_or(r.len());
        return end > 0 && (end == r.len() || is_exponent(&r[end..], true));
    }
    // [0-9][0-9_]* then either \.[0-9_]*(exp)? or (exp)
    if !body.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let end = body.bytes().position(|b| !digits_(b)).unwrap_or(body.len());
    let rest = &body[end..];
    if let Some(frac) = rest.strip_prefix('.') {
        let f_end = frac.bytes().position(|b| !digits_(b)).unwrap_or(frac.len());
        return f_end == frac.len() || is_exponent(&frac[f_end..], false);
    }
    is_exponent(rest, false)
}

/// ISO 8601 dates and timestamps as YAML's timestamp type reads them.
fn is_timestamp(s: &str) -> bool {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    if !(digit(0) && digit(1) && digit(2) && digit(3) && b.get(4) == Some(&b'-')) {
        return false;
    }
    if b.len() == 10 && digit(5) && digit(6) && b[7] == b'-' && digit(8) && digit(9) {
        return true;
    }
    // 1–2 digits, returning the index after them.
    let one_or_two = |i: usize| -> Option<usize> {
        if !digit(i) {
            None
        } else if digit(i + 1) {
            Some(i + 2)
        } else {
            Some(i + 1)
        }
    };
    let Some(mut i) = one_or_two(5) else {
        return false;
    };
    if b.get(i) != Some(&b'-') {
        return false;
    }
    let Some(j) = one_or_two(i + 1) else {
        return false;
    };
    i = j;
    match b.get(i) {
        Some(b'T' | b't') => i += 1,
        Some(b' ' | b'\t') => {
            while matches!(b.get(i), Some(b' ' | b'\t')) {
                i += 1;
            }
        }
        _ => return false,
    }
    let Some(j) = one_or_two(i) else {
        return false;
    };
    i = j;
    for _ in 0..2 {
        if !(b.get(i) == Some(&b':') && digit(i + 1) && digit(i + 2)) {
            return false;
        }
        i += 3;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while digit(i) {
            i += 1;
        }
    }
    if i == b.len() {
        return true;
    }
    // [ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?)
    while matches!(b.get(i), Some(b' ' | b'\t')) {
        i += 1;
    }
    match b.get(i) {
        Some(b'Z') => i + 1 == b.len(),
        Some(b'-' | b'+') => {
            let Some(j) = one_or_two(i + 1) else {
                return false;
            };
            j == b.len() || (j + 3 == b.len() && b[j] == b':' && digit(j + 1) && digit(j + 2))
        }
        _ => false,
    }
}

/// A YAML writer following libyaml's emitter for block-style documents.
struct Emitter {
    out: String,
    /// Characters (not bytes) written on the current line.
    column: usize,
    whitespace: bool,
    indention: bool,
    indent: i64,
    indents: Vec<i64>,
    mapping_context: bool,
    simple_key_context: bool,
}

impl Emitter {
    fn new() -> Emitter {
        Emitter {
            out: String::with_capacity(1024),
            column: 0,
            whitespace: true,
            indention: true,
            indent: -1,
            indents: Vec::new(),
            mapping_context: false,
            simple_key_context: false,
        }
    }

    fn document(&mut self, v: &Value) {
        self.node(v, false, false);
        self.write_indent();
    }

    /// The document `[v]`, without building it.
    fn document_of_one(&mut self, v: &Value) {
        self.mapping_context = false;
        self.simple_key_context = false;
        self.sequence(std::slice::from_ref(v));
        self.write_indent();
    }

    fn put(&mut self, c: char) {
        self.out.push(c);
        self.column += 1;
    }

    fn put_break(&mut self) {
        self.out.push('\n');
        self.column = 0;
    }

    fn write_break(&mut self, c: char) {
        if c == '\n' {
            self.put_break();
        } else {
            self.out.push(c);
            self.column = 0;
        }
    }

    fn write_indent(&mut self) {
        let indent = self.indent.max(0) as usize;
        if !self.indention || self.column > indent || (self.column == indent && !self.whitespace) {
            self.put_break();
        }
        while self.column < indent {
            self.put(' ');
        }
        self.whitespace = true;
        self.indention = true;
    }

    fn write_indicator(
        &mut self,
        indicator: &str,
        need_space: bool,
        is_space: bool,
        is_indention: bool,
    ) {
        if need_space && !self.whitespace {
            self.put(' ');
        }
        for c in indicator.chars() {
            self.put(c);
        }
        self.whitespace = is_space;
        self.indention = self.indention && is_indention;
    }

    fn increase_indent(&mut self, flow: bool, indentless: bool) {
        self.indents.push(self.indent);
        if self.indent < 0 {
            self.indent = if flow { BEST_INDENT } else { 0 };
        } else if !indentless {
            self.indent += BEST_INDENT;
        }
    }

    fn pop_indent(&mut self) {
        self.indent = self.indents.pop().unwrap_or(-1);
    }

    fn node(&mut self, v: &Value, mapping: bool, simple_key: bool) {
        self.mapping_context = mapping;
        self.simple_key_context = simple_key;
        match v {
            Value::Array(items) => self.sequence(items),
            Value::Object(map) => self.mapping(map),
            Value::String(s) => self.scalar(s, true),
            Value::Null => self.scalar("null", false),
            Value::Bool(b) => self.scalar(if *b { "true" } else { "false" }, false),
            Value::Number(n) => {
                let mut s = String::new();
                push_number(&mut s, n);
                self.scalar(&s, false);
            }
        }
    }

    fn empty_flow(&mut self, open: &str, close: &str) {
        self.write_indicator(open, true, true, false);
        self.write_indicator(close, false, false, false);
    }

    fn sequence(&mut self, items: &[Value]) {
        if items.is_empty() {
            self.empty_flow("[", "]");
            return;
        }
        let indentless = self.mapping_context && !self.indention;
        self.increase_indent(false, indentless);
        for item in items {
            self.write_indent();
            self.write_indicator("-", true, false, true);
            self.node(item, false, false);
        }
        self.pop_indent();
    }

    fn mapping(&mut self, map: &Map<String, Value>) {
        if map.is_empty() {
            self.empty_flow("{", "}");
            return;
        }
        let mut entries: Vec<(&String, &Value)> = map.iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
        self.increase_indent(false, false);
        for (key, value) in entries {
            self.write_indent();
            let analysis = analyze(key);
            let simple = key.len() <= MAX_SIMPLE_KEY && !analysis.multiline;
            if simple {
                self.mapping_context = true;
                self.simple_key_context = true;
                self.string(key, &analysis);
                self.write_indicator(":", false, false, false);
            } else {
                self.write_indicator("?", true, false, true);
                self.mapping_context = true;
                self.simple_key_context = false;
                self.string(key, &analysis);
                self.write_indent();
                self.write_indicator(":", true, false, true);
            }
            self.node(value, true, false);
        }
        self.pop_indent();
    }

    /// `text` is a string's content when `is_str`, otherwise the plain form of a null,
    /// boolean or number.
    fn scalar(&mut self, text: &str, is_str: bool) {
        if is_str {
            self.string(text, &analyze(text));
        } else {
            self.styled(text, Style::Plain);
        }
    }

    /// A string whose [`analyze`] is `a`.
    fn string(&mut self, text: &str, a: &Analysis) {
        let mut style = Style::Plain;
        if self.simple_key_context && a.multiline {
            style = Style::Double;
        }
        if style == Style::Plain
            && (!a.plain_allowed
                || (text.is_empty() && self.simple_key_context)
                || resolves_as_non_string(text))
        {
            style = Style::Single;
        }
        if style == Style::Single && !a.single_allowed {
            style = Style::Double;
        }
        self.styled(text, style);
    }

    fn styled(&mut self, text: &str, style: Style) {
        self.increase_indent(true, false);
        let breaks_allowed = !self.simple_key_context;
        match style {
            Style::Plain => self.write_plain(text, breaks_allowed),
            Style::Single => self.write_single(text, breaks_allowed),
            Style::Double => self.write_double(text, breaks_allowed),
        }
        self.pop_indent();
    }

    /// Writes text in which no character is folded or escaped.
    fn put_str(&mut self, text: &str) {
        self.out.push_str(text);
        self.column += if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
    }

    fn write_plain(&mut self, text: &str, breaks_allowed: bool) {
        if !self.whitespace && !text.is_empty() {
            self.put(' ');
        }
        if !breaks_allowed || !text.contains(' ') {
            // nowhere to fold
            self.put_str(text);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == ' ' {
                if breaks_allowed
                    && !spaces
                    && self.column > BEST_WIDTH
                    && chars.peek() != Some(&' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                self.indention = false;
                spaces = false;
            }
        }
        self.whitespace = false;
        self.indention = false;
    }

    fn write_single(&mut self, text: &str, breaks_allowed: bool) {
        self.write_indicator("'", true, false, false);
        if text
            .bytes()
            .all(|b| b.is_ascii() && !matches!(b, b'\'' | b'\r' | b'\n'))
            && (!breaks_allowed || !text.contains(' '))
        {
            // nothing to double, break or fold
            self.put_str(text);
            self.write_indicator("'", false, false, false);
            self.whitespace = false;
            self.indention = false;
            return;
        }
        let mut spaces = false;
        let mut breaks = false;
        let mut chars = text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            if c == ' ' {
                if breaks_allowed
                    && !spaces
                    && self.column > BEST_WIDTH
                    && i != 0
                    && next.is_some()
                    && next != Some(' ')
                {
                    self.write_indent();
                } else {
                    self.put(c);
                }
                spaces = true;
            } else if is_break(c) {
                if !breaks && c == '\n' {
                    self.put_break();
                }
                self.write_break(c);
                self.indention = true;
                breaks = true;
            } else {
                if breaks {
                    self.write_indent();
                }
                if c == '\'' {
                    self.put('\'');
                }
                self.put(c);
                self.indention = false;
                spaces = false;
                breaks = false;
            }
        }
        if breaks {
            self.write_indent();
        }
        self.write_indicator("'", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }

    fn write_double(&mut self, text: &str, breaks_allowed: bool) {
        self.write_indicator("\"", true, false, false);
        let mut spaces = false;
        let mut chars = text.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|(_, n)| *n);
            if !yaml_printable(c) || is_break(c) || c == '"' || c == '\\' {
                self.put('\\');
                let short = match c {
                    '\0' => Some('0'),
                    '\x07' => Some('a'),
                    '\x08' => Some('b'),
                    '\t' => Some('t'),
                    '\n' => Some('n'),
                    '\x0b' => Some('v'),
                    '\x0c' => Some('f'),
                    '\r' => Some('r'),
                    '\x1b' => Some('e'),
                    '"' => Some('"'),
                    '\\' => Some('\\'),
                    '\u{85}' => Some('N'),
                    '\u{a0}' => Some('_'),
                    '\u{2028}' => Some('L'),
                    '\u{2029}' => Some('P'),
                    _ => None,
                };
                match short {
                    Some(s) => self.put(s),
                    None => {
                        let u = c as u32;
                        let (letter, digits) = if u <= 0xff {
                            ('x', 2)
                        } else if u <= 0xffff {
                            ('u', 4)
                        } else {
                            ('U', 8)
                        };
                        self.put(letter);
                        for k in (0..digits).rev() {
                            let nibble = (u >> (4 * k)) & 0xf;
                            self.put(
                                char::from_digit(nibble, 16)
                                    .unwrap_or('0')
                                    .to_ascii_uppercase(),
                            );
                        }
                    }
                }
                spaces = false;
            } else if c == ' ' {
                if breaks_allowed && !spaces && self.column > BEST_WIDTH && i != 0 && next.is_some()
                {
                    self.write_indent();
                    if next == Some(' ') {
                        self.put('\\');
                    }
                } else {
                    self.put(c);
                }
                spaces = true;
            } else {
                self.put(c);
                spaces = false;
            }
        }
        self.write_indicator("\"", false, false, false);
        self.whitespace = false;
        self.indention = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn parse(s: &str) -> Value {
        serde_json::from_str(s).expect("test document")
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

    // The expectations below come from v2's own formatter code run on the same documents.

    #[test]
    fn text_scalars_lists_and_odd_shapes() {
        assert_eq!(text(&json!("a bare string")), "a bare string\n");
        assert_eq!(text(&json!(null)), "None\n");
        assert_eq!(text(&json!(true)), "True\n");
        assert_eq!(text(&json!(false)), "False\n");
        assert_eq!(text(&json!(1594157520.512)), "1594157520.512\n");
        assert_eq!(text(&json!("")), "\n");
        assert_eq!(text(&json!([])), "");
        assert_eq!(text(&json!({})), "");
        assert_eq!(
            // (built from Rust literals: serde_json's default parser may round 17-digit
            // decimals to a neighbouring float, which Python would print differently)
            text(&json!([
                1.0,
                1e16,
                1e-05,
                0.0001,
                -0.0,
                123456789.12345679_f64,
                1e22,
                5e-324,
                18446744073709551615u64,
                null,
                true,
                false,
                "é"
            ])),
            "1.0\t1e+16\t1e-05\t0.0001\t-0.0\t123456789.12345679\t1e+22\t5e-324\t18446744073709551615\tNone\tTrue\tFalse\té\n"
        );
        // Elements of a list of objects share the union of scalar keys as columns.
        assert_eq!(
            text(&json!([{"a": 1, "b": [1, 2]}, {"a": null, "b": {"c": 1}}, {"c": 3}])),
            "1\t\nB\t1\nB\t2\nNone\t\nB\t1\n\t3\n"
        );
        // Scalars of a mixed list come first, then the nested lists.
        assert_eq!(text(&json!([[1, 2], [3, [4, 5]], 6])), "6\n1\t2\n3\n4\t5\n");
        // A key that is scalar in one element and not in another shows Python's repr.
        assert_eq!(
            text(&json!([{"a": null}, {"a": {"x": "q's"}}])),
            "None\n{'x': \"q's\"}\n"
        );
    }

    #[test]
    fn text_stops_where_v2_fails() {
        let failure = text_checked(&json!({"a": 1, "b": [{"x": 1}, "s"]})).unwrap_err();
        assert_eq!(failure.printed, "1\n");
        assert_eq!(failure.message, "'str' object has no attribute 'items'");
        assert_eq!(text(&json!({"a": 1, "b": [{"x": 1}, "s"]})), "1\n");
    }

    #[test]
    fn printable_ascii_analysis_agrees_with_the_character_analysis() {
        // every string of up to three printable ASCII characters
        let printable: Vec<u8> = (0x20..0x7f).collect();
        let mut text = Vec::new();
        for len in 1..=3u32 {
            for n in 0..printable.len().pow(len) {
                text.clear();
                let mut k = n;
                for _ in 0..len {
                    text.push(printable[k % printable.len()]);
                    k /= printable.len();
                }
                let s = std::str::from_utf8(&text).unwrap();
                assert_eq!(analyze_printable_ascii(&text), analyze_chars(s), "{s:?}");
            }
        }
        // and longer ones made of the characters that matter
        let alphabet = b" -.:#?a'";
        for n in 0..alphabet.len().pow(6) {
            text.clear();
            let mut k = n;
            for _ in 0..6 {
                text.push(alphabet[k % alphabet.len()]);
                k /= alphabet.len();
            }
            let s = std::str::from_utf8(&text).unwrap();
            assert_eq!(analyze_printable_ascii(&text), analyze_chars(s), "{s:?}");
            assert_eq!(analyze(s), analyze_chars(s), "{s:?}");
        }
    }

    #[test]
    fn yaml_quotes_what_would_read_back_as_another_type() {
        let cases: &[(&str, &str)] = &[
            ("plain", "k: plain\n"),
            ("true", "k: 'true'\n"),
            ("True", "k: 'True'\n"),
            ("yes", "k: yes\n"),
            ("no", "k: no\n"),
            ("on", "k: on\n"),
            ("null", "k: 'null'\n"),
            ("~", "k: '~'\n"),
            ("", "k: ''\n"),
            ("123", "k: '123'\n"),
            ("-12", "k: '-12'\n"),
            ("1_000", "k: '1_000'\n"),
            ("0x1F", "k: '0x1F'\n"),
            ("0o17", "k: '0o17'\n"),
            ("017", "k: '017'\n"),
            ("1e3", "k: '1e3'\n"),
            ("1.5", "k: '1.5'\n"),
            (".5", "k: '.5'\n"),
            (".inf", "k: '.inf'\n"),
            ("-.INF", "k: '-.INF'\n"),
            (".nan", "k: '.nan'\n"),
            ("- a", "k: '- a'\n"),
            ("-a", "k: -a\n"),
            ("a: b", "k: 'a: b'\n"),
            ("a:b", "k: a:b\n"),
            ("#x", "k: '#x'\n"),
            ("a #b", "k: 'a #b'\n"),
            ("a#b", "k: a#b\n"),
            ("[x]", "k: '[x]'\n"),
            ("*a", "k: '*a'\n"),
            ("&a", "k: '&a'\n"),
            ("!a", "k: '!a'\n"),
            ("|", "k: '|'\n"),
            (">", "k: '>'\n"),
            ("'q", "k: '''q'\n"),
            (r#""q"#, "k: '\"q'\n"),
            ("%x", "k: '%x'\n"),
            ("@x", "k: '@x'\n"),
            ("`x", "k: '`x'\n"),
            ("---", "k: '---'\n"),
            ("...", "k: '...'\n"),
            ("2020-07-07", "k: '2020-07-07'\n"),
            (
                "2020-07-07T21:32:00.512000+00:00",
                "k: '2020-07-07T21:32:00.512000+00:00'\n",
            ),
            ("2020-7-7 1:02:03", "k: '2020-7-7 1:02:03'\n"),
            ("20200707", "k: '20200707'\n"),
            ("a\nb", "k: 'a\n\n  b'\n"),
            ("trailing ", "k: 'trailing '\n"),
            (" leading", "k: ' leading'\n"),
            ("tab\there", "k: \"tab\\there\"\n"),
            ("ctrl\u{1}", "k: \"ctrl\\x01\"\n"),
            ("café", "k: café\n"),
            ("日本語", "k: 日本語\n"),
            ("emoji 😀", "k: \"emoji \\U0001F600\"\n"),
            ("\u{feff}bom", "k: \"\\uFEFFbom\"\n"),
            ("it's", "k: it's\n"),
            (r#"say "hi""#, "k: say \"hi\"\n"),
            (r#"back\slash"#, "k: back\\slash\n"),
            ("=", "k: '='\n"),
            ("<<", "k: '<<'\n"),
            ("?", "k: '?'\n"),
            ("? a", "k: '? a'\n"),
            (":", "k: ':'\n"),
            ("a:", "k: 'a:'\n"),
            ("1:20", "k: 1:20\n"),
            ("0b101", "k: '0b101'\n"),
            ("+.5", "k: '+.5'\n"),
            ("-", "k: '-'\n"),
            ("a, b", "k: a, b\n"),
            ("x?y", "k: x?y\n"),
            ("a\n b", "k: \"a\\n b\"\n"),
        ];
        for (input, expected) in cases {
            assert_eq!(yaml(&json!({ "k": input })), *expected, "{input:?}");
        }
    }

    #[test]
    fn yaml_folds_long_text_and_prints_scalars_as_json() {
        let words = ["word"; 30].join(" ");
        let numbered: Vec<String> = (0..40).map(|i| format!("w{i}")).collect();
        assert_eq!(
            yaml(&json!({"k": words, "nested": {"deeper": [numbered.join(" ")]}})),
            "k: word word word word word word word word word word word word word word word word\n  \
             word word word word word word word word word word word word word word\nnested:\n  \
             deeper:\n  - w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 \
             w20 w21\n    w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39\n"
        );
        assert_eq!(
            yaml(&parse(
                r#"[1.5, 1e16, 1e-05, 0.0001, -0.0, 1594157520.512, 18446744073709551615, -9223372036854775808, null, true, false, {}, [], [[]], [{}]]"#
            )),
            "- 1.5\n- 1e+16\n- 1e-05\n- 0.0001\n- -0.0\n- 1594157520.512\n- 18446744073709551615\n\
             - -9223372036854775808\n- null\n- true\n- false\n- {}\n- []\n- - []\n- - {}\n"
        );
        assert_eq!(
            yaml(&json!("a \"quoted\"\n\ttext\u{1} é 😀")),
            "\"a \\\"quoted\\\"\\n\\ttext\\u0001 é 😀\"\n"
        );
        assert_eq!(yaml(&json!(1594157520.512)), "1594157520.512\n");
        assert_eq!(yaml(&json!({})), "");
        assert_eq!(yaml_stream_page(&json!({})), "");
    }

    #[test]
    fn display_width_counts_as_v2() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("café"), 5); // é is East Asian Ambiguous
        assert_eq!(display_width("日本"), 4);
        assert_eq!(display_width("e\u{301}"), 3);
        assert_eq!(display_width("Привет"), 12);
        assert_eq!(display_width("😀"), 2);
        assert_eq!(display_width("\t"), 1);
    }

    #[test]
    fn plain_sections_draw_one_grid() {
        let doc = json!([{"a": "x", "b": "y"}]);
        let v2 = "------------\n|     T    |\n+----+-----+\n|  a |  b  |\n+----+-----+\n|  x |  y  |\n+----+-----+\n";
        assert_eq!(table("T", &doc, 80, false), v2);
        // a long section is one grid: rules above and below the header and after the last row
        let rows: Vec<Value> = (0..600)
            .map(|i| json!({"n": i, "s": "x".repeat(i % 7)}))
            .collect();
        let t = table("ListMitigationActions", &json!({ "rows": rows }), 80, false);
        assert_eq!(t.lines().count(), 600 + 8);
        assert_eq!(t.lines().filter(|l| l.starts_with("|+")).count(), 3);
        assert_eq!(t.lines().nth(7), Some("||  0    |           ||"));
        assert_eq!(t.lines().nth(9), Some("||  2    |  xx       ||"));
    }

    #[test]
    fn table_of_nothing_prints_nothing() {
        for doc in [
            json!({}),
            json!([]),
            json!(null),
            json!(0),
            json!(""),
            json!(false),
        ] {
            assert_eq!(table("ListMitigationActions", &doc, 80, false), "");
        }
    }

    #[test]
    fn ten_thousand_actions_render_in_every_format() {
        let items: Vec<Value> = (0..10_000)
            .map(|i| {
                json!({
                    "actionName": format!("Action{i:05}"),
                    "actionArn": format!("arn:aws:iot:us-east-1:123456789012:mitigationaction/Action{i:05}"),
                    "creationDate": "2020-07-07T21:32:00.512000+00:00"
                })
            })
            .collect();
        let doc = json!({ "actionIdentifiers": items });
        assert_eq!(text(&doc).lines().count(), 10_000);
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false)
                .lines()
                .count(),
            10_000 + 8
        );
        assert_eq!(yaml(&doc).lines().count(), 30_001);
        assert_eq!(yaml_stream_page(&doc).lines().count(), 30_001);
    }

    #[test]
    fn odd_documents_do_not_panic() {
        let mut deep = json!("x");
        for i in 0..100 {
            deep = if i % 2 == 0 {
                json!([deep, 1])
            } else {
                json!({ "k": deep, "s": "v" })
            };
        }
        let odd = [
            deep,
            json!([[1], [1, 2], {"a": 1}, [], {}]),
            json!([{"a": 1}, [0, 5], ""]),
            json!([{"a": 1}, [9_999_999_999_999_999_999u128 as f64]]),
            json!({"": {"": [""]}, "\u{2028}": "\u{85}\r\n \n"}),
            json!([["\u{feff}", "😀😀😀😀"], ["e\u{301}"]]),
        ];
        for doc in &odd {
            for width in [0, 1, 80] {
                let _ = table_checked("T", doc, width, true);
                let _ = table_checked("", doc, width, false);
            }
            let _ = text_checked(doc);
            let _ = yaml(doc);
            let _ = yaml_stream_page(doc);
        }
    }

    // ------------------------------------------------------------------------------------
    // Outputs of the real AWS CLI v2 (2.36), run against a local endpoint that replies with
    // the response each test shows (timestamps sent as epoch seconds). `doc` is the document
    // v2's JSON output shows for the same call.
    // ------------------------------------------------------------------------------------

    /// `aws iot create-mitigation-action`, stdout piped.
    #[test]
    fn v2_create_mitigation_action() {
        let doc = parse(
            r#"{
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"
}"#,
        );
        assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\n");
        assert_eq!(
            table("CreateMitigationAction", &doc, 80, false),
            r#"---------------------------------------------------------------------------------------
|                               CreateMitigationAction                                |
+-----------+-------------------------------------------------------------------------+
|  actionArn|  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
+-----------+-------------------------------------------------------------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
        );
    }

    /// `aws iot update-mitigation-action`, stdout piped.
    #[test]
    fn v2_update_mitigation_action() {
        let doc = parse(
            r#"{
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429"
}"#,
        );
        assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\n");
        assert_eq!(
            yaml(&doc),
            r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
"#
        );
    }

    /// `aws iot describe-mitigation-action`, stdout piped.
    #[test]
    fn v2_describe_mitigation_action() {
        let doc = parse(
            r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
        );
        assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tADD_THINGS_TO_THING_GROUP\t2020-07-07T21:32:00.512000+00:00\t2020-07-07T22:32:00+00:00\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tTrue\n\
THINGGROUPNAMES\tquarantine\n\
THINGGROUPNAMES\tisolated\n");
        assert_eq!(
            table("DescribeMitigationAction", &doc, 80, false),
            r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
actionName: QuarantineThings
actionParams:
  addThingsToThingGroupParams:
    overrideDynamicGroups: true
    thingGroupNames:
    - quarantine
    - isolated
actionType: ADD_THINGS_TO_THING_GROUP
creationDate: '2020-07-07T21:32:00.512000+00:00'
lastModifiedDate: '2020-07-07T22:32:00+00:00'
roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionId: 6a22b98e-0e27-4396-9b25-637d04959429
  actionName: QuarantineThings
  actionParams:
    addThingsToThingGroupParams:
      overrideDynamicGroups: true
      thingGroupNames:
      - quarantine
      - isolated
  actionType: ADD_THINGS_TO_THING_GROUP
  creationDate: '2020-07-07T21:32:00.512000+00:00'
  lastModifiedDate: '2020-07-07T22:32:00+00:00'
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
        );
    }

    /// `aws iot list-mitigation-actions`, stdout piped.
    #[test]
    fn v2_list_mitigation_actions() {
        let doc = parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"------------------------------------------------------------------------------------------------------------------------------------
|                                                       ListMitigationActions                                                      |
+----------------------------------------------------------------------------------------------------------------------------------+
||                                                        actionIdentifiers                                                       ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||                               actionArn                               |    actionName     |           creationDate             ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  2020-07-07T22:32:00+00:00         ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: '2020-07-07T22:32:00+00:00'
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
"#
        );
    }

    /// `aws iot delete-mitigation-action`, stdout piped.
    #[test]
    fn v2_delete_mitigation_action() {
        let doc = json!({});
        assert_eq!(text(&doc), "");
        assert_eq!(table("DeleteMitigationAction", &doc, 80, false), "");
        assert_eq!(yaml(&doc), "");
        assert_eq!(yaml_stream_page(&doc), "");
    }

    /// `aws iot start-audit-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_start_audit_mitigation_actions_task() {
        let doc = parse(r#"{"taskId": "audit-task-1"}"#);
        assert_eq!(
            text(&doc),
            r#"audit-task-1
"#
        );
        assert_eq!(
            table("StartAuditMitigationActionsTask", &doc, 80, false),
            r#"---------------------------------
|StartAuditMitigationActionsTask|
+-----------+-------------------+
|  taskId   |  audit-task-1     |
+-----------+-------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"taskId: audit-task-1
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- taskId: audit-task-1
"#
        );
    }

    /// `aws iot cancel-audit-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_cancel_audit_mitigation_actions_task() {
        let doc = json!({});
        assert_eq!(text(&doc), "");
        assert_eq!(
            table("CancelAuditMitigationActionsTask", &doc, 80, false),
            ""
        );
        assert_eq!(yaml(&doc), "");
        assert_eq!(yaml_stream_page(&doc), "");
    }

    /// `aws iot describe-audit-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_describe_audit_mitigation_actions_task() {
        let doc = parse(
            r#"{
 "taskStatus": "COMPLETED",
 "startTime": "2020-07-07T21:32:00.512000+00:00",
 "endTime": "2020-07-07T22:32:00+00:00",
 "taskStatistics": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 2,
   "failedFindingsCount": 0,
   "succeededFindingsCount": 2,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  },
  "CA_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 1,
   "failedFindingsCount": 1,
   "succeededFindingsCount": 0,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  }
 },
 "target": {
  "auditTaskId": "a1b2c3",
  "findingIds": [
   "f-1",
   "f-2"
  ],
  "auditCheckToReasonCodeFilter": {
   "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING"
   ],
   "CA_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING",
    "CERTIFICATE_REVOKED"
   ]
  }
 },
 "auditCheckToActionsMapping": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
   "DeactivateCert"
  ],
  "CA_CERTIFICATE_EXPIRING_CHECK": [
   "QuarantineThings",
   "DeactivateCert"
  ]
 },
 "actionsDefinition": [
  {
   "name": "QuarantineThings",
   "id": "6a22b98e-0e27-4396-9b25-637d04959429",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "addThingsToThingGroupParams": {
     "thingGroupNames": [
      "quarantine"
     ],
     "overrideDynamicGroups": false
    }
   }
  },
  {
   "name": "DeactivateCert",
   "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "updateDeviceCertificateParams": {
     "action": "DEACTIVATE"
    }
   }
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "2020-07-07T22:32:00+00:00\t2020-07-07T21:32:00.512000+00:00\tCOMPLETED\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
CA_CERTIFICATE_EXPIRING_CHECK\tQuarantineThings\n\
CA_CERTIFICATE_EXPIRING_CHECK\tDeactivateCert\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\tDeactivateCert\n\
TARGET\ta1b2c3\n\
CA_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_EXPIRING\n\
CA_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_REVOKED\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\tCERTIFICATE_EXPIRING\n\
FINDINGIDS\tf-1\n\
FINDINGIDS\tf-2\n\
CA_CERTIFICATE_EXPIRING_CHECK\t0\t1\t0\t0\t1\n\
DEVICE_CERTIFICATE_EXPIRING_CHECK\t0\t0\t0\t2\t2\n");
        assert_eq!(
            table("DescribeAuditMitigationActionsTask", &doc, 80, false),
            r#"----------------------------------------------------------------------------
|                    DescribeAuditMitigationActionsTask                    |
+-------------------+------------------------------------------------------+
|  endTime          |  2020-07-07T22:32:00+00:00                           |
|  startTime        |  2020-07-07T21:32:00.512000+00:00                    |
|  taskStatus       |  COMPLETED                                           |
+-------------------+------------------------------------------------------+
||                            actionsDefinition                           ||
|+---------+--------------------------------------------------------------+|
||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        ||
||  name   |  QuarantineThings                                            ||
||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------+--------------------------------------------------------------+|
|||                             actionParams                             |||
||+----------------------------------------------------------------------+||
||||                     addThingsToThingGroupParams                    ||||
|||+-------------------------------------------------+------------------+|||
||||  overrideDynamicGroups                          |  False           ||||
|||+-------------------------------------------------+------------------+|||
|||||                          thingGroupNames                         |||||
||||+------------------------------------------------------------------+||||
|||||  quarantine                                                      |||||
||||+------------------------------------------------------------------+||||
||                            actionsDefinition                           ||
|+---------+--------------------------------------------------------------+|
||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        ||
||  name   |  DeactivateCert                                              ||
||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------+--------------------------------------------------------------+|
|||                             actionParams                             |||
||+----------------------------------------------------------------------+||
||||                    updateDeviceCertificateParams                   ||||
|||+---------------------------+----------------------------------------+|||
||||  action                   |  DEACTIVATE                            ||||
|||+---------------------------+----------------------------------------+|||
||                       auditCheckToActionsMapping                       ||
|+------------------------------------------------------------------------+|
|||                     CA_CERTIFICATE_EXPIRING_CHECK                    |||
||+----------------------------------------------------------------------+||
|||  QuarantineThings                                                    |||
|||  DeactivateCert                                                      |||
||+----------------------------------------------------------------------+||
|||                   DEVICE_CERTIFICATE_EXPIRING_CHECK                  |||
||+----------------------------------------------------------------------+||
|||  DeactivateCert                                                      |||
||+----------------------------------------------------------------------+||
||                                 target                                 ||
|+------------------------------------------+-----------------------------+|
||  auditTaskId                             |  a1b2c3                     ||
|+------------------------------------------+-----------------------------+|
|||                     auditCheckToReasonCodeFilter                     |||
||+----------------------------------------------------------------------+||
||||                    CA_CERTIFICATE_EXPIRING_CHECK                   ||||
|||+--------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                              ||||
||||  CERTIFICATE_REVOKED                                               ||||
|||+--------------------------------------------------------------------+|||
||||                  DEVICE_CERTIFICATE_EXPIRING_CHECK                 ||||
|||+--------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                              ||||
|||+--------------------------------------------------------------------+|||
|||                              findingIds                              |||
||+----------------------------------------------------------------------+||
|||  f-1                                                                 |||
|||  f-2                                                                 |||
||+----------------------------------------------------------------------+||
||                             taskStatistics                             ||
|+------------------------------------------------------------------------+|
|||                     CA_CERTIFICATE_EXPIRING_CHECK                    |||
||+----------------------------------------------------------+-----------+||
|||  canceledFindingsCount                                   |  0        |||
|||  failedFindingsCount                                     |  1        |||
|||  skippedFindingsCount                                    |  0        |||
|||  succeededFindingsCount                                  |  0        |||
|||  totalFindingsCount                                      |  1        |||
||+----------------------------------------------------------+-----------+||
|||                   DEVICE_CERTIFICATE_EXPIRING_CHECK                  |||
||+----------------------------------------------------------+-----------+||
|||  canceledFindingsCount                                   |  0        |||
|||  failedFindingsCount                                     |  0        |||
|||  skippedFindingsCount                                    |  0        |||
|||  succeededFindingsCount                                  |  2        |||
|||  totalFindingsCount                                      |  2        |||
||+----------------------------------------------------------+-----------+||
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionsDefinition:
- actionParams:
    addThingsToThingGroupParams:
      overrideDynamicGroups: false
      thingGroupNames:
      - quarantine
  id: 6a22b98e-0e27-4396-9b25-637d04959429
  name: QuarantineThings
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
- actionParams:
    updateDeviceCertificateParams:
      action: DEACTIVATE
  id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
  name: DeactivateCert
  roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
auditCheckToActionsMapping:
  CA_CERTIFICATE_EXPIRING_CHECK:
  - QuarantineThings
  - DeactivateCert
  DEVICE_CERTIFICATE_EXPIRING_CHECK:
  - DeactivateCert
endTime: '2020-07-07T22:32:00+00:00'
startTime: '2020-07-07T21:32:00.512000+00:00'
target:
  auditCheckToReasonCodeFilter:
    CA_CERTIFICATE_EXPIRING_CHECK:
    - CERTIFICATE_EXPIRING
    - CERTIFICATE_REVOKED
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
    - CERTIFICATE_EXPIRING
  auditTaskId: a1b2c3
  findingIds:
  - f-1
  - f-2
taskStatistics:
  CA_CERTIFICATE_EXPIRING_CHECK:
    canceledFindingsCount: 0
    failedFindingsCount: 1
    skippedFindingsCount: 0
    succeededFindingsCount: 0
    totalFindingsCount: 1
  DEVICE_CERTIFICATE_EXPIRING_CHECK:
    canceledFindingsCount: 0
    failedFindingsCount: 0
    skippedFindingsCount: 0
    succeededFindingsCount: 2
    totalFindingsCount: 2
taskStatus: COMPLETED
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  auditCheckToActionsMapping:
    CA_CERTIFICATE_EXPIRING_CHECK:
    - QuarantineThings
    - DeactivateCert
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
    - DeactivateCert
  endTime: '2020-07-07T22:32:00+00:00'
  startTime: '2020-07-07T21:32:00.512000+00:00'
  target:
    auditCheckToReasonCodeFilter:
      CA_CERTIFICATE_EXPIRING_CHECK:
      - CERTIFICATE_EXPIRING
      - CERTIFICATE_REVOKED
      DEVICE_CERTIFICATE_EXPIRING_CHECK:
      - CERTIFICATE_EXPIRING
    auditTaskId: a1b2c3
    findingIds:
    - f-1
    - f-2
  taskStatistics:
    CA_CERTIFICATE_EXPIRING_CHECK:
      canceledFindingsCount: 0
      failedFindingsCount: 1
      skippedFindingsCount: 0
      succeededFindingsCount: 0
      totalFindingsCount: 1
    DEVICE_CERTIFICATE_EXPIRING_CHECK:
      canceledFindingsCount: 0
      failedFindingsCount: 0
      skippedFindingsCount: 0
      succeededFindingsCount: 2
      totalFindingsCount: 2
  taskStatus: COMPLETED
"#
        );
    }

    /// `aws iot list-audit-mitigation-actions-tasks`, stdout piped.
    #[test]
    fn v2_list_audit_mitigation_actions_tasks() {
        let doc = parse(
            r#"{
 "tasks": [
  {
   "taskId": "audit-task-1",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "taskStatus": "COMPLETED"
  },
  {
   "taskId": "audit-task-2",
   "startTime": "2020-07-07T22:32:00+00:00",
   "taskStatus": "IN_PROGRESS"
  }
 ]
}"#,
        );
        assert_eq!(
            text(&doc),
            "TASKS\t2020-07-07T21:32:00.512000+00:00\taudit-task-1\tCOMPLETED\n\
TASKS\t2020-07-07T22:32:00+00:00\taudit-task-2\tIN_PROGRESS\n"
        );
        assert_eq!(
            table("ListAuditMitigationActionsTasks", &doc, 80, false),
            r#"-----------------------------------------------------------------------
|                   ListAuditMitigationActionsTasks                   |
+---------------------------------------------------------------------+
||                               tasks                               ||
|+-----------------------------------+---------------+---------------+|
||             startTime             |    taskId     |  taskStatus   ||
|+-----------------------------------+---------------+---------------+|
||  2020-07-07T21:32:00.512000+00:00 |  audit-task-1 |  COMPLETED    ||
||  2020-07-07T22:32:00+00:00        |  audit-task-2 |  IN_PROGRESS  ||
|+-----------------------------------+---------------+---------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"tasks:
- startTime: '2020-07-07T21:32:00.512000+00:00'
  taskId: audit-task-1
  taskStatus: COMPLETED
- startTime: '2020-07-07T22:32:00+00:00'
  taskId: audit-task-2
  taskStatus: IN_PROGRESS
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- tasks:
  - startTime: '2020-07-07T21:32:00.512000+00:00'
    taskId: audit-task-1
    taskStatus: COMPLETED
  - startTime: '2020-07-07T22:32:00+00:00'
    taskId: audit-task-2
    taskStatus: IN_PROGRESS
"#
        );
    }

    /// `aws iot list-audit-mitigation-actions-executions`, stdout piped.
    #[test]
    fn v2_list_audit_mitigation_actions_executions() {
        let doc = parse(
            r#"{
 "actionsExecutions": [
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "DeactivateCert",
   "actionId": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "status": "COMPLETED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00"
  },
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "QuarantineThings",
   "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
   "status": "FAILED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00",
   "errorCode": "AccessDenied",
   "message": "The role cannot add things to the group."
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "ACTIONSEXECUTIONS\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\t2020-07-07T22:32:00+00:00\t\tf-1\t\t2020-07-07T21:32:00.512000+00:00\tCOMPLETED\taudit-task-1\n\
ACTIONSEXECUTIONS\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\t2020-07-07T22:32:00+00:00\tAccessDenied\tf-1\tThe role cannot add things to the group.\t2020-07-07T21:32:00.512000+00:00\tFAILED\taudit-task-1\n");
        assert_eq!(
            table("ListAuditMitigationActionsExecutions", &doc, 80, false),
            r#"---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                                                ListAuditMitigationActionsExecutions                                                                                                 |
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                                         actionsExecutions                                                                                                         ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||               actionId               |    actionName     |          endTime           |   errorCode   | findingId  |                  message                  |             startTime             |   status    |    taskId      ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d|  DeactivateCert   |  2020-07-07T22:32:00+00:00 |               |  f-1       |                                           |  2020-07-07T21:32:00.512000+00:00 |  COMPLETED  |  audit-task-1  ||
||  6a22b98e-0e27-4396-9b25-637d04959429|  QuarantineThings |  2020-07-07T22:32:00+00:00 |  AccessDenied |  f-1       |  The role cannot add things to the group. |  2020-07-07T21:32:00.512000+00:00 |  FAILED     |  audit-task-1  ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionsExecutions:
- actionId: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
  actionName: DeactivateCert
  endTime: '2020-07-07T22:32:00+00:00'
  findingId: f-1
  startTime: '2020-07-07T21:32:00.512000+00:00'
  status: COMPLETED
  taskId: audit-task-1
- actionId: 6a22b98e-0e27-4396-9b25-637d04959429
  actionName: QuarantineThings
  endTime: '2020-07-07T22:32:00+00:00'
  errorCode: AccessDenied
  findingId: f-1
  message: The role cannot add things to the group.
  startTime: '2020-07-07T21:32:00.512000+00:00'
  status: FAILED
  taskId: audit-task-1
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionsExecutions:
  - actionId: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    actionName: DeactivateCert
    endTime: '2020-07-07T22:32:00+00:00'
    findingId: f-1
    startTime: '2020-07-07T21:32:00.512000+00:00'
    status: COMPLETED
    taskId: audit-task-1
  - actionId: 6a22b98e-0e27-4396-9b25-637d04959429
    actionName: QuarantineThings
    endTime: '2020-07-07T22:32:00+00:00'
    errorCode: AccessDenied
    findingId: f-1
    message: The role cannot add things to the group.
    startTime: '2020-07-07T21:32:00.512000+00:00'
    status: FAILED
    taskId: audit-task-1
"#
        );
    }

    /// `aws iot start-detect-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_start_detect_mitigation_actions_task() {
        let doc = parse(r#"{"taskId": "detect-task-1"}"#);
        assert_eq!(
            text(&doc),
            r#"detect-task-1
"#
        );
        assert_eq!(
            table("StartDetectMitigationActionsTask", &doc, 80, false),
            r#"----------------------------------
|StartDetectMitigationActionsTask|
+-----------+--------------------+
|  taskId   |  detect-task-1     |
+-----------+--------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"taskId: detect-task-1
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- taskId: detect-task-1
"#
        );
    }

    /// `aws iot cancel-detect-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_cancel_detect_mitigation_actions_task() {
        let doc = json!({});
        assert_eq!(text(&doc), "");
        assert_eq!(
            table("CancelDetectMitigationActionsTask", &doc, 80, false),
            ""
        );
        assert_eq!(yaml(&doc), "");
        assert_eq!(yaml_stream_page(&doc), "");
    }

    /// `aws iot describe-detect-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_describe_detect_mitigation_actions_task() {
        let doc = parse(
            r#"{
 "taskSummary": {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
  "taskEndTime": "2020-07-07T22:32:00+00:00",
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": "2020-07-06T01:46:40+00:00",
   "endTime": "2020-07-07T05:33:20.250000+00:00"
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 }
}"#,
        );
        assert_eq!(text(&doc), "TASKSUMMARY\tTrue\tFalse\t2020-07-07T22:32:00+00:00\tdetect-task-1\t2020-07-07T21:32:00.512000+00:00\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t2020-07-07T05:33:20.250000+00:00\t2020-07-06T01:46:40+00:00\n");
        assert_eq!(
            table("DescribeDetectMitigationActionsTask", &doc, 80, false),
            r#"------------------------------------------------------------------------------
|                     DescribeDetectMitigationActionsTask                    |
+----------------------------------------------------------------------------+
||                                taskSummary                               ||
|+----------------------------------+---------------------------------------+|
||  onlyActiveViolationsIncluded    |  True                                 ||
||  suppressedAlertsIncluded        |  False                                ||
||  taskEndTime                     |  2020-07-07T22:32:00+00:00            ||
||  taskId                          |  detect-task-1                        ||
||  taskStartTime                   |  2020-07-07T21:32:00.512000+00:00     ||
||  taskStatus                      |  SUCCESSFUL                           ||
|+----------------------------------+---------------------------------------+|
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        |||
|||  name   |  QuarantineThings                                            |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                     addThingsToThingGroupParams                    |||||
||||+-------------------------------------------------+------------------+||||
|||||  overrideDynamicGroups                          |  False           |||||
||||+-------------------------------------------------+------------------+||||
||||||                          thingGroupNames                         ||||||
|||||+------------------------------------------------------------------+|||||
||||||  quarantine                                                      ||||||
|||||+------------------------------------------------------------------+|||||
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        |||
|||  name   |  DeactivateCert                                              |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                    updateDeviceCertificateParams                   |||||
||||+---------------------------+----------------------------------------+||||
|||||  action                   |  DEACTIVATE                            |||||
||||+---------------------------+----------------------------------------+||||
|||                                 target                                 |||
||+-----------------------------------------+------------------------------+||
|||  behaviorName                           |  Authorization               |||
|||  securityProfileName                    |  sp1                         |||
||+-----------------------------------------+------------------------------+||
||||                             violationIds                             ||||
|||+----------------------------------------------------------------------+|||
||||  v-1                                                                 ||||
||||  v-2                                                                 ||||
|||+----------------------------------------------------------------------+|||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  3           |||
|||  actionsFailed                                          |  1           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
|||                      violationEventOccurrenceRange                     |||
||+------------------+-----------------------------------------------------+||
|||  endTime         |  2020-07-07T05:33:20.250000+00:00                   |||
|||  startTime       |  2020-07-06T01:46:40+00:00                          |||
||+------------------+-----------------------------------------------------+||
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"taskSummary:
  actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: '2020-07-07T22:32:00+00:00'
  taskId: detect-task-1
  taskStartTime: '2020-07-07T21:32:00.512000+00:00'
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: '2020-07-07T05:33:20.250000+00:00'
    startTime: '2020-07-06T01:46:40+00:00'
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- taskSummary:
    actionsDefinition:
    - actionParams:
        addThingsToThingGroupParams:
          overrideDynamicGroups: false
          thingGroupNames:
          - quarantine
      id: 6a22b98e-0e27-4396-9b25-637d04959429
      name: QuarantineThings
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    - actionParams:
        updateDeviceCertificateParams:
          action: DEACTIVATE
      id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
      name: DeactivateCert
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    onlyActiveViolationsIncluded: true
    suppressedAlertsIncluded: false
    target:
      behaviorName: Authorization
      securityProfileName: sp1
      violationIds:
      - v-1
      - v-2
    taskEndTime: '2020-07-07T22:32:00+00:00'
    taskId: detect-task-1
    taskStartTime: '2020-07-07T21:32:00.512000+00:00'
    taskStatistics:
      actionsExecuted: 3
      actionsFailed: 1
      actionsSkipped: 0
    taskStatus: SUCCESSFUL
    violationEventOccurrenceRange:
      endTime: '2020-07-07T05:33:20.250000+00:00'
      startTime: '2020-07-06T01:46:40+00:00'
"#
        );
    }

    /// `aws iot list-detect-mitigation-actions-tasks`, stdout piped.
    #[test]
    fn v2_list_detect_mitigation_actions_tasks() {
        let doc = parse(
            r#"{
 "tasks": [
  {
   "taskId": "detect-task-1",
   "taskStatus": "SUCCESSFUL",
   "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
   "taskEndTime": "2020-07-07T22:32:00+00:00",
   "target": {
    "violationIds": [
     "v-1",
     "v-2"
    ],
    "securityProfileName": "sp1",
    "behaviorName": "Authorization"
   },
   "violationEventOccurrenceRange": {
    "startTime": "2020-07-06T01:46:40+00:00",
    "endTime": "2020-07-07T05:33:20.250000+00:00"
   },
   "onlyActiveViolationsIncluded": true,
   "suppressedAlertsIncluded": false,
   "actionsDefinition": [
    {
     "name": "QuarantineThings",
     "id": "6a22b98e-0e27-4396-9b25-637d04959429",
     "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
     "actionParams": {
      "addThingsToThingGroupParams": {
       "thingGroupNames": [
        "quarantine"
       ],
       "overrideDynamicGroups": false
      }
     }
    },
    {
     "name": "DeactivateCert",
     "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
     "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
     "actionParams": {
      "updateDeviceCertificateParams": {
       "action": "DEACTIVATE"
      }
     }
    }
   ],
   "taskStatistics": {
    "actionsExecuted": 3,
    "actionsSkipped": 0,
    "actionsFailed": 1
   }
  },
  {
   "taskId": "detect-task-2",
   "taskStatus": "IN_PROGRESS",
   "taskStartTime": "2020-07-07T22:32:00+00:00",
   "target": {
    "securityProfileName": "sp2"
   },
   "onlyActiveViolationsIncluded": false,
   "suppressedAlertsIncluded": true,
   "actionsDefinition": [],
   "taskStatistics": {
    "actionsExecuted": 0,
    "actionsSkipped": 0,
    "actionsFailed": 0
   }
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "TASKS\tTrue\tFalse\t2020-07-07T22:32:00+00:00\tdetect-task-1\t2020-07-07T21:32:00.512000+00:00\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t2020-07-07T05:33:20.250000+00:00\t2020-07-06T01:46:40+00:00\n\
TASKS\tFalse\tTrue\t\tdetect-task-2\t2020-07-07T22:32:00+00:00\tIN_PROGRESS\n\
TARGET\tsp2\n\
TASKSTATISTICS\t0\t0\t0\n");
        assert_eq!(
            table("ListDetectMitigationActionsTasks", &doc, 80, false),
            r#"------------------------------------------------------------------------------
|                      ListDetectMitigationActionsTasks                      |
+----------------------------------------------------------------------------+
||                                   tasks                                  ||
|+----------------------------------+---------------------------------------+|
||  onlyActiveViolationsIncluded    |  True                                 ||
||  suppressedAlertsIncluded        |  False                                ||
||  taskEndTime                     |  2020-07-07T22:32:00+00:00            ||
||  taskId                          |  detect-task-1                        ||
||  taskStartTime                   |  2020-07-07T21:32:00.512000+00:00     ||
||  taskStatus                      |  SUCCESSFUL                           ||
|+----------------------------------+---------------------------------------+|
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  6a22b98e-0e27-4396-9b25-637d04959429                        |||
|||  name   |  QuarantineThings                                            |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                     addThingsToThingGroupParams                    |||||
||||+-------------------------------------------------+------------------+||||
|||||  overrideDynamicGroups                          |  False           |||||
||||+-------------------------------------------------+------------------+||||
||||||                          thingGroupNames                         ||||||
|||||+------------------------------------------------------------------+|||||
||||||  quarantine                                                      ||||||
|||||+------------------------------------------------------------------+|||||
|||                            actionsDefinition                           |||
||+---------+--------------------------------------------------------------+||
|||  id     |  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d                        |||
|||  name   |  DeactivateCert                                              |||
|||  roleArn|  arn:aws:iam::123456789012:role/MitigationActionsValidRole   |||
||+---------+--------------------------------------------------------------+||
||||                             actionParams                             ||||
|||+----------------------------------------------------------------------+|||
|||||                    updateDeviceCertificateParams                   |||||
||||+---------------------------+----------------------------------------+||||
|||||  action                   |  DEACTIVATE                            |||||
||||+---------------------------+----------------------------------------+||||
|||                                 target                                 |||
||+-----------------------------------------+------------------------------+||
|||  behaviorName                           |  Authorization               |||
|||  securityProfileName                    |  sp1                         |||
||+-----------------------------------------+------------------------------+||
||||                             violationIds                             ||||
|||+----------------------------------------------------------------------+|||
||||  v-1                                                                 ||||
||||  v-2                                                                 ||||
|||+----------------------------------------------------------------------+|||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  3           |||
|||  actionsFailed                                          |  1           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
|||                      violationEventOccurrenceRange                     |||
||+------------------+-----------------------------------------------------+||
|||  endTime         |  2020-07-07T05:33:20.250000+00:00                   |||
|||  startTime       |  2020-07-06T01:46:40+00:00                          |||
||+------------------+-----------------------------------------------------+||
||                                   tasks                                  ||
|+--------------------------------------+-----------------------------------+|
||  onlyActiveViolationsIncluded        |  False                            ||
||  suppressedAlertsIncluded            |  True                             ||
||  taskEndTime                         |                                   ||
||  taskId                              |  detect-task-2                    ||
||  taskStartTime                       |  2020-07-07T22:32:00+00:00        ||
||  taskStatus                          |  IN_PROGRESS                      ||
|+--------------------------------------+-----------------------------------+|
|||                                 target                                 |||
||+-------------------------------------------------------+----------------+||
|||  securityProfileName                                  |  sp2           |||
||+-------------------------------------------------------+----------------+||
|||                             taskStatistics                             |||
||+---------------------------------------------------------+--------------+||
|||  actionsExecuted                                        |  0           |||
|||  actionsFailed                                          |  0           |||
|||  actionsSkipped                                         |  0           |||
||+---------------------------------------------------------+--------------+||
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"tasks:
- actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: '2020-07-07T22:32:00+00:00'
  taskId: detect-task-1
  taskStartTime: '2020-07-07T21:32:00.512000+00:00'
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: '2020-07-07T05:33:20.250000+00:00'
    startTime: '2020-07-06T01:46:40+00:00'
- actionsDefinition: []
  onlyActiveViolationsIncluded: false
  suppressedAlertsIncluded: true
  target:
    securityProfileName: sp2
  taskId: detect-task-2
  taskStartTime: '2020-07-07T22:32:00+00:00'
  taskStatistics:
    actionsExecuted: 0
    actionsFailed: 0
    actionsSkipped: 0
  taskStatus: IN_PROGRESS
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- tasks:
  - actionsDefinition:
    - actionParams:
        addThingsToThingGroupParams:
          overrideDynamicGroups: false
          thingGroupNames:
          - quarantine
      id: 6a22b98e-0e27-4396-9b25-637d04959429
      name: QuarantineThings
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    - actionParams:
        updateDeviceCertificateParams:
          action: DEACTIVATE
      id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
      name: DeactivateCert
      roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
    onlyActiveViolationsIncluded: true
    suppressedAlertsIncluded: false
    target:
      behaviorName: Authorization
      securityProfileName: sp1
      violationIds:
      - v-1
      - v-2
    taskEndTime: '2020-07-07T22:32:00+00:00'
    taskId: detect-task-1
    taskStartTime: '2020-07-07T21:32:00.512000+00:00'
    taskStatistics:
      actionsExecuted: 3
      actionsFailed: 1
      actionsSkipped: 0
    taskStatus: SUCCESSFUL
    violationEventOccurrenceRange:
      endTime: '2020-07-07T05:33:20.250000+00:00'
      startTime: '2020-07-06T01:46:40+00:00'
  - actionsDefinition: []
    onlyActiveViolationsIncluded: false
    suppressedAlertsIncluded: true
    target:
      securityProfileName: sp2
    taskId: detect-task-2
    taskStartTime: '2020-07-07T22:32:00+00:00'
    taskStatistics:
      actionsExecuted: 0
      actionsFailed: 0
      actionsSkipped: 0
    taskStatus: IN_PROGRESS
"#
        );
    }

    /// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
    #[test]
    fn v2_list_detect_mitigation_actions_executions() {
        let doc = parse(
            r#"{
 "actionsExecutions": [
  {
   "taskId": "detect-task-1",
   "violationId": "v-1",
   "actionName": "QuarantineThings",
   "thingName": "thermostat-001",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "executionEndDate": "2020-07-07T22:32:00+00:00",
   "status": "SUCCESSFUL"
  },
  {
   "taskId": "detect-task-1",
   "violationId": "v-2",
   "actionName": "QuarantineThings",
   "thingName": "thermostat-002",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "FAILED",
   "errorCode": "INTERNAL_ERROR",
   "message": "Throttled, retry later"
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantineThings\t\t2020-07-07T22:32:00+00:00\t2020-07-07T21:32:00.512000+00:00\t\tSUCCESSFUL\tdetect-task-1\tthermostat-001\tv-1\n\
ACTIONSEXECUTIONS\tQuarantineThings\tINTERNAL_ERROR\t\t2020-07-07T21:32:00.512000+00:00\tThrottled, retry later\tFAILED\tdetect-task-1\tthermostat-002\tv-2\n");
        assert_eq!(
            table("ListDetectMitigationActionsExecutions", &doc, 80, false),
            r#"-----------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                               ListDetectMitigationActionsExecutions                                                                               |
+---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                        actionsExecutions                                                                                        ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
||    actionName    |    errorCode    |     executionEndDate       |        executionStartDate         |         message         |   status    |    taskId      |    thingName     |  violationId  ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
||  QuarantineThings|                 |  2020-07-07T22:32:00+00:00 |  2020-07-07T21:32:00.512000+00:00 |                         |  SUCCESSFUL |  detect-task-1 |  thermostat-001  |  v-1          ||
||  QuarantineThings|  INTERNAL_ERROR |                            |  2020-07-07T21:32:00.512000+00:00 |  Throttled, retry later |  FAILED     |  detect-task-1 |  thermostat-002  |  v-2          ||
|+------------------+-----------------+----------------------------+-----------------------------------+-------------------------+-------------+----------------+------------------+---------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionsExecutions:
- actionName: QuarantineThings
  executionEndDate: '2020-07-07T22:32:00+00:00'
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  status: SUCCESSFUL
  taskId: detect-task-1
  thingName: thermostat-001
  violationId: v-1
- actionName: QuarantineThings
  errorCode: INTERNAL_ERROR
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  message: Throttled, retry later
  status: FAILED
  taskId: detect-task-1
  thingName: thermostat-002
  violationId: v-2
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionsExecutions:
  - actionName: QuarantineThings
    executionEndDate: '2020-07-07T22:32:00+00:00'
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    status: SUCCESSFUL
    taskId: detect-task-1
    thingName: thermostat-001
    violationId: v-1
  - actionName: QuarantineThings
    errorCode: INTERNAL_ERROR
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    message: Throttled, retry later
    status: FAILED
    taskId: detect-task-1
    thingName: thermostat-002
    violationId: v-2
"#
        );
    }

    /// `aws iot describe-audit-mitigation-actions-task --color off`, a terminal 200 columns wide.
    #[test]
    fn v2_describe_audit_task_tty200_plain() {
        let doc = parse(
            r#"{
 "taskStatus": "COMPLETED",
 "startTime": "2020-07-07T21:32:00.512000+00:00",
 "endTime": "2020-07-07T22:32:00+00:00",
 "taskStatistics": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 2,
   "failedFindingsCount": 0,
   "succeededFindingsCount": 2,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  },
  "CA_CERTIFICATE_EXPIRING_CHECK": {
   "totalFindingsCount": 1,
   "failedFindingsCount": 1,
   "succeededFindingsCount": 0,
   "skippedFindingsCount": 0,
   "canceledFindingsCount": 0
  }
 },
 "target": {
  "auditTaskId": "a1b2c3",
  "findingIds": [
   "f-1",
   "f-2"
  ],
  "auditCheckToReasonCodeFilter": {
   "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING"
   ],
   "CA_CERTIFICATE_EXPIRING_CHECK": [
    "CERTIFICATE_EXPIRING",
    "CERTIFICATE_REVOKED"
   ]
  }
 },
 "auditCheckToActionsMapping": {
  "DEVICE_CERTIFICATE_EXPIRING_CHECK": [
   "DeactivateCert"
  ],
  "CA_CERTIFICATE_EXPIRING_CHECK": [
   "QuarantineThings",
   "DeactivateCert"
  ]
 },
 "actionsDefinition": [
  {
   "name": "QuarantineThings",
   "id": "6a22b98e-0e27-4396-9b25-637d04959429",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "addThingsToThingGroupParams": {
     "thingGroupNames": [
      "quarantine"
     ],
     "overrideDynamicGroups": false
    }
   }
  },
  {
   "name": "DeactivateCert",
   "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
   "actionParams": {
    "updateDeviceCertificateParams": {
     "action": "DEACTIVATE"
    }
   }
  }
 ]
}"#,
        );
        assert_eq!(
            table("DescribeAuditMitigationActionsTask", &doc, 200, false),
            r#"------------------------------------------------------------------------------------------------------------------------------
|                                             DescribeAuditMitigationActionsTask                                             |
+--------------------------------------------+--------------------------------------------------------+----------------------+
|                   endTime                  |                       startTime                        |     taskStatus       |
+--------------------------------------------+--------------------------------------------------------+----------------------+
|  2020-07-07T22:32:00+00:00                 |  2020-07-07T21:32:00.512000+00:00                      |  COMPLETED           |
+--------------------------------------------+--------------------------------------------------------+----------------------+
||                                                     actionsDefinition                                                    ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
||                  id                   |       name        |                           roleArn                            ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
||  6a22b98e-0e27-4396-9b25-637d04959429 |  QuarantineThings |  arn:aws:iam::123456789012:role/MitigationActionsValidRole   ||
|+---------------------------------------+-------------------+--------------------------------------------------------------+|
|||                                                      actionParams                                                      |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                              addThingsToThingGroupParams                                             ||||
|||+--------------------------------------------------------------------------------------+-------------------------------+|||
||||  overrideDynamicGroups                                                               |  False                        ||||
|||+--------------------------------------------------------------------------------------+-------------------------------+|||
|||||                                                   thingGroupNames                                                  |||||
||||+--------------------------------------------------------------------------------------------------------------------+||||
|||||  quarantine                                                                                                        |||||
||||+--------------------------------------------------------------------------------------------------------------------+||||
||                                                     actionsDefinition                                                    ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
||                  id                   |      name        |                            roleArn                            ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d |  DeactivateCert  |  arn:aws:iam::123456789012:role/MitigationActionsValidRole    ||
|+---------------------------------------+------------------+---------------------------------------------------------------+|
|||                                                      actionParams                                                      |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                             updateDeviceCertificateParams                                            ||||
|||+------------------------------------------------+---------------------------------------------------------------------+|||
||||  action                                        |  DEACTIVATE                                                         ||||
|||+------------------------------------------------+---------------------------------------------------------------------+|||
||                                                auditCheckToActionsMapping                                                ||
|+--------------------------------------------------------------------------------------------------------------------------+|
|||                                              CA_CERTIFICATE_EXPIRING_CHECK                                             |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  QuarantineThings                                                                                                      |||
|||  DeactivateCert                                                                                                        |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||                                            DEVICE_CERTIFICATE_EXPIRING_CHECK                                           |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  DeactivateCert                                                                                                        |||
||+------------------------------------------------------------------------------------------------------------------------+||
||                                                          target                                                          ||
|+------------------------------------------------------------------------+-------------------------------------------------+|
||  auditTaskId                                                           |  a1b2c3                                         ||
|+------------------------------------------------------------------------+-------------------------------------------------+|
|||                                              auditCheckToReasonCodeFilter                                              |||
||+------------------------------------------------------------------------------------------------------------------------+||
||||                                             CA_CERTIFICATE_EXPIRING_CHECK                                            ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                                                                                ||||
||||  CERTIFICATE_REVOKED                                                                                                 ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||                                           DEVICE_CERTIFICATE_EXPIRING_CHECK                                          ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
||||  CERTIFICATE_EXPIRING                                                                                                ||||
|||+----------------------------------------------------------------------------------------------------------------------+|||
|||                                                       findingIds                                                       |||
||+------------------------------------------------------------------------------------------------------------------------+||
|||  f-1                                                                                                                   |||
|||  f-2                                                                                                                   |||
||+------------------------------------------------------------------------------------------------------------------------+||
||                                                      taskStatistics                                                      ||
|+--------------------------------------------------------------------------------------------------------------------------+|
|||                                              CA_CERTIFICATE_EXPIRING_CHECK                                             |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
||| canceledFindingsCount | failedFindingsCount  | skippedFindingsCount  | succeededFindingsCount   | totalFindingsCount   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||  0                    |  1                   |  0                    |  0                       |  1                   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||                                            DEVICE_CERTIFICATE_EXPIRING_CHECK                                           |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
||| canceledFindingsCount | failedFindingsCount  | skippedFindingsCount  | succeededFindingsCount   | totalFindingsCount   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
|||  0                    |  0                   |  0                    |  2                       |  2                   |||
||+-----------------------+----------------------+-----------------------+--------------------------+----------------------+||
"#
        );
    }

    /// `aws iot describe-mitigation-action --color off`, a terminal 200 columns wide.
    #[test]
    fn v2_describe_action_tty200_plain() {
        let doc = parse(
            r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
        );
        assert_eq!(
            table("DescribeMitigationAction", &doc, 200, false),
            r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
        );
    }

    /// `aws iot describe-mitigation-action --color off`, a terminal 40 columns wide.
    #[test]
    fn v2_describe_action_tty40_plain() {
        let doc = parse(
            r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": "2020-07-07T21:32:00.512000+00:00",
 "lastModifiedDate": "2020-07-07T22:32:00+00:00"
}"#,
        );
        assert_eq!(
            table("DescribeMitigationAction", &doc, 40, false),
            r#"----------------------------------------------------------------------------------------------
|                                  DescribeMitigationAction                                  |
+------------------+-------------------------------------------------------------------------+
|  actionArn       |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   |
|  actionId        |  6a22b98e-0e27-4396-9b25-637d04959429                                   |
|  actionName      |  QuarantineThings                                                       |
|  actionType      |  ADD_THINGS_TO_THING_GROUP                                              |
|  creationDate    |  2020-07-07T21:32:00.512000+00:00                                       |
|  lastModifiedDate|  2020-07-07T22:32:00+00:00                                              |
|  roleArn         |  arn:aws:iam::123456789012:role/MitigationActionsValidRole              |
+------------------+-------------------------------------------------------------------------+
||                                       actionParams                                       ||
|+------------------------------------------------------------------------------------------+|
|||                               addThingsToThingGroupParams                              |||
||+------------------------------------------------------------------+---------------------+||
|||  overrideDynamicGroups                                           |  True               |||
||+------------------------------------------------------------------+---------------------+||
||||                                    thingGroupNames                                   ||||
|||+--------------------------------------------------------------------------------------+|||
||||  quarantine                                                                          ||||
||||  isolated                                                                            ||||
|||+--------------------------------------------------------------------------------------+|||
"#
        );
    }

    /// `aws iot list-mitigation-actions --color on`, stdout piped.
    #[test]
    fn v2_list_actions_color_on_piped() {
        let doc = parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
}"#,
        );
        assert_eq!(table("ListMitigationActions", &doc, 80, true), "------------------------------------------------------------------------------------------------------------------------------------\n\
\x1b[0m\x1b[0m|                                                       ListMitigationActions                                                      |\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[0m+----------------------------------------------------------------------------------------------------------------------------------+\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|                                                        actionIdentifiers                                                       |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|                               actionArn                               |    actionName     |           creationDate             |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|  \x1b[1m\x1b[34marn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\x1b[0m |  \x1b[1m\x1b[34mQuarantineThings\x1b[0m |  \x1b[1m\x1b[34m2020-07-07T21:32:00.512000+00:00\x1b[0m  |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m|  \x1b[1m\x1b[34marn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\x1b[0m   |  \x1b[1m\x1b[34mDeactivateCert\x1b[0m   |  \x1b[1m\x1b[34m2020-07-07T22:32:00+00:00\x1b[0m         |\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m+-----------------------------------------------------------------------+-------------------+------------------------------------+\x1b[0m\x1b[2m\x1b[33m|\x1b[0m\x1b[0m\n\
\x1b[0m");
    }

    /// `aws iot list-mitigation-actions`, stdout piped.
    #[test]
    fn v2_list_actions_two_pages() {
        let doc = parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  },
  {
   "actionName": "Notify",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify",
   "creationDate": "2020-07-08T09:20:00+00:00"
  }
 ]
}"#,
        );
        // v2 prints each page on its own
        assert_eq!(text(&json!({"actionIdentifiers": [{"actionName": "QuarantineThings", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings", "creationDate": "2020-07-07T21:32:00.512000+00:00"}]})) + &text(&json!({"actionIdentifiers": [{"actionName": "DeactivateCert", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert", "creationDate": "2020-07-07T22:32:00+00:00"}, {"actionName": "Notify", "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify", "creationDate": "2020-07-08T09:20:00+00:00"}]})), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/Notify\tNotify\t2020-07-08T09:20:00+00:00\n");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"------------------------------------------------------------------------------------------------------------------------------------
|                                                       ListMitigationActions                                                      |
+----------------------------------------------------------------------------------------------------------------------------------+
||                                                        actionIdentifiers                                                       ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||                               actionArn                               |    actionName     |           creationDate             ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  2020-07-07T22:32:00+00:00         ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify           |  Notify           |  2020-07-08T09:20:00+00:00         ||
|+-----------------------------------------------------------------------+-------------------+------------------------------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: '2020-07-07T22:32:00+00:00'
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify
  actionName: Notify
  creationDate: '2020-07-08T09:20:00+00:00'
"#
        );
        assert_eq!(
            yaml_stream_page(&parse(
                r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  }
 ],
 "nextToken": "page-2"
}"#
            )) + &yaml_stream_page(&parse(
                r#"{
 "actionIdentifiers": [
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  },
  {
   "actionName": "Notify",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify",
   "creationDate": "2020-07-08T09:20:00+00:00"
  }
 ]
}"#
            )),
            r#"- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  nextToken: page-2
- actionIdentifiers:
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/Notify
    actionName: Notify
    creationDate: '2020-07-08T09:20:00+00:00'
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[].actionName`, stdout piped.
    #[test]
    fn v2_list_actions_two_pages_query() {
        let doc = parse(r#"["QuarantineThings", "DeactivateCert", "Notify"]"#);
        // --query applies to each page on its own
        assert_eq!(
            text(&json!(["QuarantineThings"])) + &text(&json!(["DeactivateCert", "Notify"])),
            "QuarantineThings\n\
DeactivateCert\tNotify\n"
        );
        assert_eq!(
            yaml_stream_page(&json!(["QuarantineThings"]))
                + &yaml_stream_page(&json!(["DeactivateCert", "Notify"])),
            r#"- - QuarantineThings
- - DeactivateCert
  - Notify
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"- QuarantineThings
- DeactivateCert
- Notify
"#
        );
    }

    /// `aws iot list-mitigation-actions --max-items 1`, stdout piped.
    #[test]
    fn v2_list_actions_max_items() {
        let doc = parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  }
 ],
 "NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="
}"#,
        );
        let page = json!({"actionIdentifiers": doc["actionIdentifiers"]});
        let resume = json!({"NextToken": {"NextToken": "eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ=="}});
        assert_eq!(text(&page) + &text(&resume), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
NEXTTOKEN\teyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==\n");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"--------------------------------------------------------------------------------------------
|                                   ListMitigationActions                                  |
+-------------+----------------------------------------------------------------------------+
|  NextToken  |  eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==          |
+-------------+----------------------------------------------------------------------------+
||                                    actionIdentifiers                                   ||
|+--------------+-------------------------------------------------------------------------+|
||  actionArn   |  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings   ||
||  actionName  |  QuarantineThings                                                       ||
||  creationDate|  2020-07-07T21:32:00.512000+00:00                                       ||
|+--------------+-------------------------------------------------------------------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"NextToken: eyJuZXh0VG9rZW4iOiBudWxsLCAiYm90b190cnVuY2F0ZV9hbW91bnQiOiAxfQ==
actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: '2020-07-07T21:32:00.512000+00:00'
"#
        );
    }

    /// `aws iot list-mitigation-actions`, stdout piped.
    #[test]
    fn v2_list_actions_empty() {
        let doc = parse(r#"{"actionIdentifiers": []}"#);
        assert_eq!(text(&doc), "");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionIdentifiers: []
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionIdentifiers: []
"#
        );
    }

    /// `aws iot list-audit-mitigation-actions-tasks`, stdout piped.
    #[test]
    fn v2_list_tasks_empty_page() {
        let doc = json!({});
        // a page without its result key: v2 sets the key to null
        assert_eq!(
            text(&json!({"tasks": null})),
            r#"None
"#
        );
        assert_eq!(
            table("ListAuditMitigationActionsTasks", &doc, 80, false),
            ""
        );
        assert_eq!(yaml(&doc), "");
        // an empty page of a paginated command is still printed
        assert_eq!(
            yaml(&json!([{}])),
            r#"- {}
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[].actionName`, stdout piped.
    #[test]
    fn v2_query_names() {
        let doc = parse(r#"["QuarantineThings", "DeactivateCert"]"#);
        assert_eq!(text(&doc), "QuarantineThings\tDeactivateCert\n");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"-----------------------
|ListMitigationActions|
+---------------------+
|  QuarantineThings   |
|  DeactivateCert     |
+---------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"- QuarantineThings
- DeactivateCert
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- - QuarantineThings
  - DeactivateCert
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[0].actionName`, stdout piped.
    #[test]
    fn v2_query_first_name() {
        let doc = parse(r#""QuarantineThings""#);
        assert_eq!(
            text(&doc),
            r#"QuarantineThings
"#
        );
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#""QuarantineThings"
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- QuarantineThings
"#
        );
    }

    /// `aws iot list-mitigation-actions --query length(actionIdentifiers)`, stdout piped.
    #[test]
    fn v2_query_count() {
        let doc = parse(r#"2"#);
        assert_eq!(
            text(&doc),
            r#"2
"#
        );
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"-----------------------
|ListMitigationActions|
+---------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"2
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- 2
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[?actionName=='nope'] | [0]`, stdout piped.
    #[test]
    fn v2_query_null() {
        let doc = parse(r#"null"#);
        assert_eq!(
            text(&doc),
            r#"None
"#
        );
        assert_eq!(table("ListMitigationActions", &doc, 80, false), "");
        assert_eq!(
            yaml(&doc),
            r#"null
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- null
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[].[actionName, creationDate]`, stdout piped.
    #[test]
    fn v2_query_pairs() {
        let doc = parse(
            r#"[
 [
  "QuarantineThings",
  "2020-07-07T21:32:00.512000+00:00"
 ],
 [
  "DeactivateCert",
  "2020-07-07T22:32:00+00:00"
 ]
]"#,
        );
        assert_eq!(
            text(&doc),
            "QuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
DeactivateCert\t2020-07-07T22:32:00+00:00\n"
        );
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"----------------------------------------------------------
|                  ListMitigationActions                 |
+-------------------+------------------------------------+
|  QuarantineThings |  2020-07-07T21:32:00.512000+00:00  |
|  DeactivateCert   |  2020-07-07T22:32:00+00:00         |
+-------------------+------------------------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"- - QuarantineThings
  - '2020-07-07T21:32:00.512000+00:00'
- - DeactivateCert
  - '2020-07-07T22:32:00+00:00'
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- - - QuarantineThings
    - '2020-07-07T21:32:00.512000+00:00'
  - - DeactivateCert
    - '2020-07-07T22:32:00+00:00'
"#
        );
    }

    /// `aws iot list-mitigation-actions --query [actionIdentifiers[].actionName, actionIdentifiers[].creationDate]`, stdout piped.
    #[test]
    fn v2_query_columns() {
        let doc = parse(
            r#"[
 [
  "QuarantineThings",
  "DeactivateCert"
 ],
 [
  "2020-07-07T21:32:00.512000+00:00",
  "2020-07-07T22:32:00+00:00"
 ]
]"#,
        );
        assert_eq!(
            text(&doc),
            "QuarantineThings\tDeactivateCert\n\
2020-07-07T21:32:00.512000+00:00\t2020-07-07T22:32:00+00:00\n"
        );
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"-------------------------------------------------------------------
|                      ListMitigationActions                      |
+-----------------------------------+-----------------------------+
|  QuarantineThings                 |  DeactivateCert             |
|  2020-07-07T21:32:00.512000+00:00 |  2020-07-07T22:32:00+00:00  |
+-----------------------------------+-----------------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"- - QuarantineThings
  - DeactivateCert
- - '2020-07-07T21:32:00.512000+00:00'
  - '2020-07-07T22:32:00+00:00'
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[].{name: actionName, date: creationDate}`, stdout piped.
    #[test]
    fn v2_query_hash() {
        let doc = parse(
            r#"[
 {
  "name": "QuarantineThings",
  "date": "2020-07-07T21:32:00.512000+00:00"
 },
 {
  "name": "DeactivateCert",
  "date": "2020-07-07T22:32:00+00:00"
 }
]"#,
        );
        assert_eq!(
            text(&doc),
            "2020-07-07T21:32:00.512000+00:00\tQuarantineThings\n\
2020-07-07T22:32:00+00:00\tDeactivateCert\n"
        );
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"----------------------------------------------------------
|                  ListMitigationActions                 |
+-----------------------------------+--------------------+
|               date                |       name         |
+-----------------------------------+--------------------+
|  2020-07-07T21:32:00.512000+00:00 |  QuarantineThings  |
|  2020-07-07T22:32:00+00:00        |  DeactivateCert    |
+-----------------------------------+--------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"- date: '2020-07-07T21:32:00.512000+00:00'
  name: QuarantineThings
- date: '2020-07-07T22:32:00+00:00'
  name: DeactivateCert
"#
        );
    }

    /// `aws iot list-mitigation-actions --query actionIdentifiers[0].actionName | ''`, stdout piped.
    #[test]
    fn v2_query_empty_string() {
        let doc = parse(r#""""#);
        assert_eq!(
            text(&doc),
            r#"
"#
        );
        assert_eq!(table("ListMitigationActions", &doc, 80, false), "");
        assert_eq!(
            yaml(&doc),
            r#"""
"#
        );
    }

    /// `aws iot list-mitigation-actions --query [actionIdentifiers[0].actionName, actionIdentifiers]`, stdout piped.
    #[test]
    fn v2_query_mixed() {
        let doc = parse(
            r#"[
 "QuarantineThings",
 [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": "2020-07-07T21:32:00.512000+00:00"
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": "2020-07-07T22:32:00+00:00"
  }
 ]
]"#,
        );
        assert_eq!(text(&doc), "QuarantineThings\n\
arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t2020-07-07T21:32:00.512000+00:00\n\
arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t2020-07-07T22:32:00+00:00\n");
        let failure = table_checked("ListMitigationActions", &doc, 80, false).unwrap_err();
        assert_eq!(failure.printed, "");
        assert_eq!(failure.message, r#"list index out of range"#);
        assert_eq!(
            yaml(&doc),
            r#"- QuarantineThings
- - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
    actionName: QuarantineThings
    creationDate: '2020-07-07T21:32:00.512000+00:00'
  - actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
    actionName: DeactivateCert
    creationDate: '2020-07-07T22:32:00+00:00'
"#
        );
    }

    /// `aws iot describe-detect-mitigation-actions-task --query taskSummary.{active: onlyActiveViolationsIncluded, suppressed: suppressedAlertsIncluded, stats: taskStatistics}`, stdout piped.
    #[test]
    fn v2_query_booleans() {
        let doc = parse(
            r#"{
 "active": true,
 "suppressed": false,
 "stats": {
  "actionsExecuted": 3,
  "actionsSkipped": 0,
  "actionsFailed": 1
 }
}"#,
        );
        assert_eq!(
            text(&doc),
            "True\tFalse\n\
STATS\t3\t1\t0\n"
        );
        assert_eq!(
            table("DescribeDetectMitigationActionsTask", &doc, 80, false),
            r#"----------------------------------------------------------
|           DescribeDetectMitigationActionsTask          |
+----------------------+---------------------------------+
|        active        |           suppressed            |
+----------------------+---------------------------------+
|  True                |  False                          |
+----------------------+---------------------------------+
||                         stats                        ||
|+-----------------+-----------------+------------------+|
|| actionsExecuted |  actionsFailed  | actionsSkipped   ||
|+-----------------+-----------------+------------------+|
||  3              |  1              |  0               ||
|+-----------------+-----------------+------------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"active: true
stats:
  actionsExecuted: 3
  actionsFailed: 1
  actionsSkipped: 0
suppressed: false
"#
        );
    }

    /// `aws iot describe-detect-mitigation-actions-task --query taskSummary.onlyActiveViolationsIncluded`, stdout piped.
    #[test]
    fn v2_query_bool() {
        let doc = parse(r#"true"#);
        assert_eq!(
            text(&doc),
            r#"True
"#
        );
        assert_eq!(
            table("DescribeDetectMitigationActionsTask", &doc, 80, false),
            r#"-------------------------------------
|DescribeDetectMitigationActionsTask|
+-----------------------------------+
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"true
"#
        );
    }

    /// `aws iot describe-detect-mitigation-actions-task --query taskSummary.suppressedAlertsIncluded`, stdout piped.
    #[test]
    fn v2_query_false() {
        let doc = parse(r#"false"#);
        assert_eq!(
            text(&doc),
            r#"False
"#
        );
        assert_eq!(
            table("DescribeDetectMitigationActionsTask", &doc, 80, false),
            ""
        );
        assert_eq!(
            yaml(&doc),
            r#"false
"#
        );
    }

    /// `aws iot describe-detect-mitigation-actions-task --query [taskSummary, taskSummary.taskId]`, stdout piped.
    #[test]
    fn v2_query_mixed_objects() {
        let doc = parse(
            r#"[
 {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": "2020-07-07T21:32:00.512000+00:00",
  "taskEndTime": "2020-07-07T22:32:00+00:00",
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": "2020-07-06T01:46:40+00:00",
   "endTime": "2020-07-07T05:33:20.250000+00:00"
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 },
 "detect-task-1"
]"#,
        );
        let failure = text_checked(&doc).unwrap_err();
        assert_eq!(failure.printed, "");
        assert_eq!(failure.message, r#"'str' object has no attribute 'items'"#);
        let failure =
            table_checked("DescribeDetectMitigationActionsTask", &doc, 80, false).unwrap_err();
        assert_eq!(failure.printed, "");
        assert_eq!(
            failure.message,
            r#"string indices must be integers, not 'str'"#
        );
    }

    /// `aws iot describe-mitigation-action`, stdout piped.
    #[test]
    fn v2_wire_describe_mitigation_action() {
        let doc = parse(
            r#"{
 "actionName": "QuarantineThings",
 "actionType": "ADD_THINGS_TO_THING_GROUP",
 "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
 "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
 "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
 "actionParams": {
  "addThingsToThingGroupParams": {
   "thingGroupNames": [
    "quarantine",
    "isolated"
   ],
   "overrideDynamicGroups": true
  }
 },
 "creationDate": 1594157520.512,
 "lastModifiedDate": 1594161120
}"#,
        );
        assert_eq!(text(&doc), "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tADD_THINGS_TO_THING_GROUP\t1594157520.512\t1594161120\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tTrue\n\
THINGGROUPNAMES\tquarantine\n\
THINGGROUPNAMES\tisolated\n");
        assert_eq!(
            yaml(&doc),
            r#"actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
actionId: 6a22b98e-0e27-4396-9b25-637d04959429
actionName: QuarantineThings
actionParams:
  addThingsToThingGroupParams:
    overrideDynamicGroups: true
    thingGroupNames:
    - quarantine
    - isolated
actionType: ADD_THINGS_TO_THING_GROUP
creationDate: 1594157520.512
lastModifiedDate: 1594161120
roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
"#
        );
    }

    /// `aws iot list-mitigation-actions`, stdout piped.
    #[test]
    fn v2_wire_list_mitigation_actions() {
        let doc = parse(
            r#"{
 "actionIdentifiers": [
  {
   "actionName": "QuarantineThings",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings",
   "creationDate": 1594157520.512
  },
  {
   "actionName": "DeactivateCert",
   "actionArn": "arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert",
   "creationDate": 1594161120
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings\tQuarantineThings\t1594157520.512\n\
ACTIONIDENTIFIERS\tarn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert\tDeactivateCert\t1594161120\n");
        assert_eq!(
            table("ListMitigationActions", &doc, 80, false),
            r#"------------------------------------------------------------------------------------------------------------------
|                                              ListMitigationActions                                             |
+----------------------------------------------------------------------------------------------------------------+
||                                               actionIdentifiers                                              ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
||                               actionArn                               |    actionName     |  creationDate    ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings |  QuarantineThings |  1594157520.512  ||
||  arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert   |  DeactivateCert   |  1594161120      ||
|+-----------------------------------------------------------------------+-------------------+------------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionIdentifiers:
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/QuarantineThings
  actionName: QuarantineThings
  creationDate: 1594157520.512
- actionArn: arn:aws:iot:us-east-1:123456789012:mitigationaction/DeactivateCert
  actionName: DeactivateCert
  creationDate: 1594161120
"#
        );
    }

    /// `aws iot describe-detect-mitigation-actions-task`, stdout piped.
    #[test]
    fn v2_wire_describe_detect_mitigation_actions_task() {
        let doc = parse(
            r#"{
 "taskSummary": {
  "taskId": "detect-task-1",
  "taskStatus": "SUCCESSFUL",
  "taskStartTime": 1594157520.512,
  "taskEndTime": 1594161120,
  "target": {
   "violationIds": [
    "v-1",
    "v-2"
   ],
   "securityProfileName": "sp1",
   "behaviorName": "Authorization"
  },
  "violationEventOccurrenceRange": {
   "startTime": 1594000000,
   "endTime": 1594100000.25
  },
  "onlyActiveViolationsIncluded": true,
  "suppressedAlertsIncluded": false,
  "actionsDefinition": [
   {
    "name": "QuarantineThings",
    "id": "6a22b98e-0e27-4396-9b25-637d04959429",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "addThingsToThingGroupParams": {
      "thingGroupNames": [
       "quarantine"
      ],
      "overrideDynamicGroups": false
     }
    }
   },
   {
    "name": "DeactivateCert",
    "id": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
    "roleArn": "arn:aws:iam::123456789012:role/MitigationActionsValidRole",
    "actionParams": {
     "updateDeviceCertificateParams": {
      "action": "DEACTIVATE"
     }
    }
   }
  ],
  "taskStatistics": {
   "actionsExecuted": 3,
   "actionsSkipped": 0,
   "actionsFailed": 1
  }
 }
}"#,
        );
        assert_eq!(text(&doc), "TASKSUMMARY\tTrue\tFalse\t1594161120\tdetect-task-1\t1594157520.512\tSUCCESSFUL\n\
ACTIONSDEFINITION\t6a22b98e-0e27-4396-9b25-637d04959429\tQuarantineThings\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
ADDTHINGSTOTHINGGROUPPARAMS\tFalse\n\
THINGGROUPNAMES\tquarantine\n\
ACTIONSDEFINITION\t0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d\tDeactivateCert\tarn:aws:iam::123456789012:role/MitigationActionsValidRole\n\
UPDATEDEVICECERTIFICATEPARAMS\tDEACTIVATE\n\
TARGET\tAuthorization\tsp1\n\
VIOLATIONIDS\tv-1\n\
VIOLATIONIDS\tv-2\n\
TASKSTATISTICS\t3\t1\t0\n\
VIOLATIONEVENTOCCURRENCERANGE\t1594100000.25\t1594000000\n");
        assert_eq!(
            yaml(&doc),
            r#"taskSummary:
  actionsDefinition:
  - actionParams:
      addThingsToThingGroupParams:
        overrideDynamicGroups: false
        thingGroupNames:
        - quarantine
    id: 6a22b98e-0e27-4396-9b25-637d04959429
    name: QuarantineThings
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  - actionParams:
      updateDeviceCertificateParams:
        action: DEACTIVATE
    id: 0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d
    name: DeactivateCert
    roleArn: arn:aws:iam::123456789012:role/MitigationActionsValidRole
  onlyActiveViolationsIncluded: true
  suppressedAlertsIncluded: false
  target:
    behaviorName: Authorization
    securityProfileName: sp1
    violationIds:
    - v-1
    - v-2
  taskEndTime: 1594161120
  taskId: detect-task-1
  taskStartTime: 1594157520.512
  taskStatistics:
    actionsExecuted: 3
    actionsFailed: 1
    actionsSkipped: 0
  taskStatus: SUCCESSFUL
  violationEventOccurrenceRange:
    endTime: 1594100000.25
    startTime: 1594000000
"#
        );
    }

    /// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
    #[test]
    fn v2_unicode_executions() {
        let doc = parse(
            r#"{
 "actionsExecutions": [
  {
   "taskId": "detect-task-1",
   "violationId": "v-1",
   "actionName": "Quarantine",
   "thingName": "thermostat-café",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "FAILED",
   "errorCode": "INTERNAL_ERROR",
   "message": "Échec — 日本語のメッセージ 😀"
  },
  {
   "taskId": "detect-task-1",
   "violationId": "v-2",
   "actionName": "Quarantine",
   "thingName": "ＦＵＬＬ-width",
   "executionStartDate": "2020-07-07T21:32:00.512000+00:00",
   "status": "SUCCESSFUL"
  }
 ]
}"#,
        );
        assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantine\tINTERNAL_ERROR\t2020-07-07T21:32:00.512000+00:00\tÉchec — 日本語のメッセージ 😀\tFAILED\tdetect-task-1\tthermostat-café\tv-1\n\
ACTIONSEXECUTIONS\tQuarantine\t\t2020-07-07T21:32:00.512000+00:00\t\tSUCCESSFUL\tdetect-task-1\tＦＵＬＬ-width\tv-2\n");
        assert_eq!(
            table("ListDetectMitigationActionsExecutions", &doc, 80, false),
            r#"----------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                   ListDetectMitigationActionsExecutions                                                                  |
+--------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                            actionsExecutions                                                                           ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
|| actionName |    errorCode    |        executionStartDate         |             message             |   status    |    taskId      |     thingName      |  violationId  ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
||  Quarantine|  INTERNAL_ERROR |  2020-07-07T21:32:00.512000+00:00 |  Échec — 日本語のメッセージ 😀 |  FAILED     |  detect-task-1 |  thermostat-café  |  v-1          ||
||  Quarantine|                 |  2020-07-07T21:32:00.512000+00:00 |                                 |  SUCCESSFUL |  detect-task-1 |  ＦＵＬＬ-width    |  v-2          ||
|+------------+-----------------+-----------------------------------+---------------------------------+-------------+----------------+--------------------+---------------+|
"#
        );
        assert_eq!(
            yaml(&doc),
            r#"actionsExecutions:
- actionName: Quarantine
  errorCode: INTERNAL_ERROR
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  message: "Échec — 日本語のメッセージ \U0001F600"
  status: FAILED
  taskId: detect-task-1
  thingName: thermostat-café
  violationId: v-1
- actionName: Quarantine
  executionStartDate: '2020-07-07T21:32:00.512000+00:00'
  status: SUCCESSFUL
  taskId: detect-task-1
  thingName: ＦＵＬＬ-width
  violationId: v-2
"#
        );
        assert_eq!(
            yaml_stream_page(&doc),
            r#"- actionsExecutions:
  - actionName: Quarantine
    errorCode: INTERNAL_ERROR
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    message: "Échec — 日本語のメッセージ \U0001F600"
    status: FAILED
    taskId: detect-task-1
    thingName: thermostat-café
    violationId: v-1
  - actionName: Quarantine
    executionStartDate: '2020-07-07T21:32:00.512000+00:00'
    status: SUCCESSFUL
    taskId: detect-task-1
    thingName: ＦＵＬＬ-width
    violationId: v-2
"#
        );
    }

    /// `aws iot list-detect-mitigation-actions-executions`, stdout piped.
    #[test]
    fn v2_yaml_quoting() {
        let doc = parse("{\n\
\x20\"actionsExecutions\": [\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"detect-task-1\",\n\
\x20\x20\x20\"violationId\": \"v-1\",\n\
\x20\x20\x20\"actionName\": \"Quarantine\",\n\
\x20\x20\x20\"thingName\": \"t1\",\n\
\x20\x20\x20\"status\": \"FAILED\",\n\
\x20\x20\x20\"message\": \"The mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.\"\n\
\x20\x20},\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"true\",\n\
\x20\x20\x20\"violationId\": \"123\",\n\
\x20\x20\x20\"actionName\": \"null\",\n\
\x20\x20\x20\"thingName\": \"- x\",\n\
\x20\x20\x20\"status\": \"a: b\",\n\
\x20\x20\x20\"errorCode\": \"#c\",\n\
\x20\x20\x20\"message\": \"it's \\\"quoted\\\"\\twith tab\"\n\
\x20\x20},\n\
\x20\x20{\n\
\x20\x20\x20\"taskId\": \"1e3\",\n\
\x20\x20\x20\"violationId\": \"2020-07-07\",\n\
\x20\x20\x20\"actionName\": \"~\",\n\
\x20\x20\x20\"thingName\": \"\",\n\
\x20\x20\x20\"status\": \"yes\",\n\
\x20\x20\x20\"errorCode\": \"0x1F\",\n\
\x20\x20\x20\"message\": \"line one\\n\
line two\"\n\
\x20\x20}\n\
\x20]\n\
}");
        assert_eq!(text(&doc), "ACTIONSEXECUTIONS\tQuarantine\t\tThe mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.\tFAILED\tdetect-task-1\tt1\tv-1\n\
ACTIONSEXECUTIONS\tnull\t#c\tit's \"quoted\"\twith tab\ta: b\ttrue\t- x\t123\n\
ACTIONSEXECUTIONS\t~\t0x1F\tline one\n\
line two\tyes\t1e3\t\t2020-07-07\n");
        assert_eq!(
            yaml(&doc),
            r#"actionsExecutions:
- actionName: Quarantine
  message: The mitigation action could not be applied because the role does not allow
    iot:AddThingToThingGroup on the target group; check the role policy and retry.
  status: FAILED
  taskId: detect-task-1
  thingName: t1
  violationId: v-1
- actionName: 'null'
  errorCode: '#c'
  message: "it's \"quoted\"\twith tab"
  status: 'a: b'
  taskId: 'true'
  thingName: '- x'
  violationId: '123'
- actionName: '~'
  errorCode: '0x1F'
  message: 'line one

    line two'
  status: yes
  taskId: '1e3'
  thingName: ''
  violationId: '2020-07-07'
"#
        );
        assert_eq!(table("ListDetectMitigationActionsExecutions", &doc, 80, false), "---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------\n\
|                                                                                                      ListDetectMitigationActionsExecutions                                                                                                      |\n\
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+\n\
||                                                                                                               actionsExecutions                                                                                                               ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n\
|| actionName | errorCode  |                                                                           message                                                                           | status  |    taskId      | thingName  |  violationId  ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n\
||  Quarantine|            |  The mitigation action could not be applied because the role does not allow iot:AddThingToThingGroup on the target group; check the role policy and retry.  |  FAILED |  detect-task-1 |  t1        |  v-1          ||\n\
||  null      |  #c        |  it's \"quoted\"\twith tab                                                                                                                                     |  a: b   |  true          |  - x       |  123          ||\n\
||  ~         |  0x1F      |  line one\n\
line two                                                                                                                                          |  yes    |  1e3           |            |  2020-07-07   ||\n\
|+------------+------------+-------------------------------------------------------------------------------------------------------------------------------------------------------------+---------+----------------+------------+---------------+|\n");
    }

    /// `aws iot list-audit-mitigation-actions-executions --color off`, a terminal 100 columns wide.
    #[test]
    fn v2_audit_executions_tty100() {
        let doc = parse(
            r#"{
 "actionsExecutions": [
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "DeactivateCert",
   "actionId": "0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d",
   "status": "COMPLETED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00"
  },
  {
   "taskId": "audit-task-1",
   "findingId": "f-1",
   "actionName": "QuarantineThings",
   "actionId": "6a22b98e-0e27-4396-9b25-637d04959429",
   "status": "FAILED",
   "startTime": "2020-07-07T21:32:00.512000+00:00",
   "endTime": "2020-07-07T22:32:00+00:00",
   "errorCode": "AccessDenied",
   "message": "The role cannot add things to the group."
  }
 ]
}"#,
        );
        assert_eq!(
            table("ListAuditMitigationActionsExecutions", &doc, 100, false),
            r#"---------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------
|                                                                                                ListAuditMitigationActionsExecutions                                                                                                 |
+-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------+
||                                                                                                         actionsExecutions                                                                                                         ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||               actionId               |    actionName     |          endTime           |   errorCode   | findingId  |                  message                  |             startTime             |   status    |    taskId      ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
||  0b6a1e4c-7e0b-4a2c-9d7e-2d3f4a5b6c7d|  DeactivateCert   |  2020-07-07T22:32:00+00:00 |               |  f-1       |                                           |  2020-07-07T21:32:00.512000+00:00 |  COMPLETED  |  audit-task-1  ||
||  6a22b98e-0e27-4396-9b25-637d04959429|  QuarantineThings |  2020-07-07T22:32:00+00:00 |  AccessDenied |  f-1       |  The role cannot add things to the group. |  2020-07-07T21:32:00.512000+00:00 |  FAILED     |  audit-task-1  ||
|+--------------------------------------+-------------------+----------------------------+---------------+------------+-------------------------------------------+-----------------------------------+-------------+----------------+|
"#
        );
    }
}
