//! The service model: the Device Defender operations of AWS IoT (mitigation, audit, Detect) and
//! every shape they reach, as extracted from botocore's official model by
//! `scripts/extract-model.py`.
//!
//! This is the one description that says which fields exist. Flags, value coercion, skeletons,
//! validation, help, output shaping, the SDK call and the local endpoint's routes all read it;
//! nothing else lists members by hand. `build.rs` writes it into statics at build time, so that
//! no command parses JSON to read it.

/// An ordered table of named entries, as the model lists them; a lookup walks it (the tables
/// are small) except for shapes, which are sorted by name.
#[derive(Debug)]
pub struct Entries<V: 'static>(pub &'static [(&'static str, V)]);

impl<V> Entries<V> {
    pub fn get(&self, name: &str) -> Option<&'static V> {
        self.0.iter().find(|(k, _)| *k == name).map(|(_, v)| v)
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&'static str, &'static V)> + Clone {
        self.0.iter().map(|(k, v)| (*k, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &'static str> + Clone {
        self.0.iter().map(|(k, _)| *k)
    }

    pub fn values(&self) -> impl Iterator<Item = &'static V> + Clone {
        self.0.iter().map(|(_, v)| v)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// `entries["name"]` for an entry that must exist, as a map's index.
impl<V> std::ops::Index<&str> for Entries<V> {
    type Output = V;

    fn index(&self, name: &str) -> &V {
        match self.get(name) {
            Some(v) => v,
            None => panic!("service model has no entry {name}"),
        }
    }
}

impl<V> IntoIterator for &Entries<V> {
    type Item = (&'static str, &'static V);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'static, (&'static str, V)>,
        fn(&'static (&'static str, V)) -> (&'static str, &'static V),
    >;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (*k, v))
    }
}

#[derive(Debug)]
pub struct Model {
    pub operations: Entries<Operation>,
    /// Sorted by name.
    pub shapes: Entries<Shape>,
    pub paginators: Entries<Paginator>,
}

/// Members the CLI does not read yet (`http`, `errors`) are kept so the description stays whole.
#[allow(dead_code)]
#[derive(Debug)]
pub struct Operation {
    pub name: &'static str,
    pub http: Http,
    pub input: Option<ShapeRef>,
    pub output: Option<ShapeRef>,
    pub errors: &'static [ShapeRef],
    /// HTML, as the model has it.
    pub documentation: &'static str,
    /// `documentation` as plain text ([`plain_doc`]).
    pub documentation_text: &'static str,
}

#[allow(dead_code)]
#[derive(Debug)]
pub struct Http {
    pub method: &'static str,
    pub request_uri: &'static str,
}

#[derive(Debug)]
pub struct ShapeRef {
    pub shape: &'static str,
    /// The shape's place in [`Model::shapes`] ([`Model::at`]), resolved at build time.
    pub index: usize,
}

#[derive(Debug)]
pub struct Paginator {
    pub input_token: &'static str,
    pub output_token: &'static str,
    /// The member that sets a page's size; a paginator without one has no `--page-size`.
    pub limit_key: Option<&'static str>,
    pub result_key: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Structure,
    List,
    Map,
    String,
    Integer,
    Long,
    Boolean,
    Timestamp,
    Double,
    Float,
    Blob,
}

#[derive(Debug)]
pub struct Shape {
    pub kind: Kind,
    pub members: Entries<Member>,
    pub required: &'static [&'static str],
    pub member: Option<ShapeRef>,
    pub key: Option<ShapeRef>,
    pub value: Option<ShapeRef>,
    pub min: Option<i64>,
    pub max: Option<i64>,
    pub pattern: Option<&'static str>,
    pub enum_values: Option<&'static [&'static str]>,
    pub documentation: &'static str,
    pub documentation_text: &'static str,
}

#[derive(Debug)]
pub struct Member {
    pub shape: &'static str,
    /// `shape`'s place in [`Model::shapes`] ([`Model::at`]), resolved at build time.
    pub shape_index: usize,
    pub documentation: &'static str,
    pub documentation_text: &'static str,
    pub location: Option<&'static str>,
    pub location_name: Option<&'static str>,
    pub idempotency_token: bool,
}

mod text;
pub use text::plain_doc;

// The statics, written by build.rs from model/iot-device-defender.json.
include!(concat!(env!("OUT_DIR"), "/model.rs"));

impl Model {
    pub fn shape(&self, name: &str) -> &Shape {
        // The model is embedded and was checked when it was extracted: every reference resolves.
        match self.find_shape(name) {
            Some(s) => s,
            None => panic!("service model has no shape {name}"),
        }
    }

    /// The shape at `index` in [`Model::shapes`], as [`ShapeRef::index`] and
    /// [`Member::shape_index`] give it.
    pub fn at(&self, index: usize) -> &'static Shape {
        &self.shapes.0[index].1
    }

    /// The shape of this name, found by binary search (the shapes are sorted).
    pub fn find_shape(&self, name: &str) -> Option<&'static Shape> {
        let shapes = self.shapes.0;
        shapes
            .binary_search_by(|(k, _)| (*k).cmp(name))
            .ok()
            .map(|i| &shapes[i].1)
    }

    /// The operation whose CLI name (`create-mitigation-action`) is given.
    pub fn operation_by_cli_name(&self, cli: &str) -> Option<&Operation> {
        self.operations.values().find(|op| cli_name(op.name) == cli)
    }

    pub fn input(&self, op: &Operation) -> Option<&Shape> {
        op.input.as_ref().map(|r| self.shape(r.shape))
    }

    pub fn output(&self, op: &Operation) -> Option<&Shape> {
        op.output.as_ref().map(|r| self.shape(r.shape))
    }

    pub fn paginator(&self, op: &Operation) -> Option<&Paginator> {
        self.paginators.get(op.name)
    }
}

impl Shape {
    pub fn is_required(&self, member: &str) -> bool {
        self.required.contains(&member)
    }
}

/// The process-wide model (a static: nothing is parsed at run time).
pub fn get() -> &'static Model {
    &MODEL
}

/// botocore's `xform_name` joined with dashes: `CreateMitigationAction` → `create-mitigation-action`,
/// `updateCACertificateParams` → `update-ca-certificate-params`.
pub fn cli_name(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            let boundary = prev.is_ascii_lowercase()
                || prev.is_ascii_digit()
                || (prev.is_ascii_uppercase() && next_lower);
            if boundary && !out.ends_with('-') {
                out.push('-');
            }
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cli_names_follow_botocore_xform_name() {
        assert_eq!(
            cli_name("CreateMitigationAction"),
            "create-mitigation-action"
        );
        assert_eq!(
            cli_name("updateCACertificateParams"),
            "update-ca-certificate-params"
        );
        assert_eq!(
            cli_name("auditCheckToActionsMapping"),
            "audit-check-to-actions-mapping"
        );
        assert_eq!(cli_name("roleArn"), "role-arn");
        assert_eq!(
            cli_name("enableIoTLoggingParams"),
            "enable-io-t-logging-params"
        );
    }

    #[test]
    fn indexes_resolved_at_build_time_name_the_same_shapes() {
        let m = get();
        let same = |index: usize, name: &str| {
            assert!(
                std::ptr::eq(m.at(index), m.shape(name)),
                "{name} at {index}"
            )
        };
        for shape in m.shapes.values() {
            for member in shape.members.values() {
                same(member.shape_index, member.shape);
            }
            for r in [&shape.member, &shape.key, &shape.value]
                .into_iter()
                .flatten()
            {
                same(r.index, r.shape);
            }
        }
        for op in m.operations.values() {
            for r in op.input.iter().chain(&op.output).chain(op.errors) {
                same(r.index, r.shape);
            }
        }
    }

    #[test]
    fn all_operations_resolve_every_shape() {
        let m = get();
        assert_eq!(m.operations.len(), 113);
        for op in m.operations.values() {
            let input = m.input(op).expect("input");
            for member in input.members.values() {
                let _ = m.shape(member.shape);
            }
            assert!(m.operation_by_cli_name(&cli_name(op.name)).is_some());
        }
        assert_eq!(m.paginators.len(), 32);
    }
}
