//! `--output table`, byte for byte as AWS CLI v2 prints it: a title row, then one section per
//! object and list of objects, nested ones indented by `|` on both sides, every section as
//! wide as the widest, in v2's colours when asked; see [`table`] for the layout and widths.

use super::members::{is_scalar, Members, NO_RANK};
use super::width::display_width;
use super::Unprintable;
use crate::python::{py_falsy, py_str, py_type};
use serde_json::{Map, Value};
use std::borrow::Cow;

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

/// Appends `c` `n` times; spaces and dashes, which tables are made of, a run at a time.
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
}
