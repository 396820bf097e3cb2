//! The tree a query compiles to: the node kinds of jmespath.py's `ast.py`, one variant each.

use super::functions::Function;
use super::value::Val;

#[derive(Debug)]
pub enum Node {
    Field(String),
    /// `a.b.c`: each child applied to the result of the one before.
    Subexpression(Vec<Node>),
    /// `a[0][1]`: the same, for index steps.
    IndexExpression(Vec<Node>),
    /// `[n]`; an index wider than 64 bits is clamped, which finds nothing as Python does.
    Index(i64),
    /// `[start:stop:step]`.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Literal(Val<'static>),
    Current,
    Identity,
    Expref(Box<Node>),
    /// A call: the name as written and the function it names, if there is one (an unknown
    /// name is an error only when the call is evaluated).
    Function(String, Option<Function>, Vec<Node>),
    /// `left[?condition]right`.
    FilterProjection(Box<Node>, Box<Node>, Box<Node>),
    Flatten(Box<Node>),
    MultiSelectDict(Vec<(String, Node)>),
    MultiSelectList(Vec<Node>),
    Or(Box<Node>, Box<Node>),
    And(Box<Node>, Box<Node>),
    Not(Box<Node>),
    Pipe(Box<Node>, Box<Node>),
    Projection(Box<Node>, Box<Node>),
    ValueProjection(Box<Node>, Box<Node>),
    Comparator(Cmp, Box<Node>, Box<Node>),
}

impl Node {
    /// Calls `f` on each child of the node.
    fn each_child<'t>(&'t mut self, mut f: impl FnMut(&'t mut Node)) {
        match self {
            Node::Expref(a) | Node::Flatten(a) | Node::Not(a) => f(a),
            Node::Or(a, b)
            | Node::And(a, b)
            | Node::Pipe(a, b)
            | Node::Projection(a, b)
            | Node::ValueProjection(a, b)
            | Node::Comparator(_, a, b) => {
                f(a);
                f(b);
            }
            Node::FilterProjection(a, b, c) => {
                f(a);
                f(b);
                f(c);
            }
            Node::Subexpression(v)
            | Node::IndexExpression(v)
            | Node::MultiSelectList(v)
            | Node::Function(_, _, v) => v.iter_mut().for_each(f),
            Node::MultiSelectDict(pairs) => pairs.iter_mut().for_each(|(_, n)| f(n)),
            Node::Field(_)
            | Node::Index(_)
            | Node::Slice(..)
            | Node::Literal(_)
            | Node::Current
            | Node::Identity => {}
        }
    }

    /// How many nodes deep the tree goes, counted without recursion.
    pub fn depth(&mut self) -> usize {
        let mut deepest = 0;
        let mut stack = vec![(self, 1)];
        while let Some((node, d)) = stack.pop() {
            deepest = deepest.max(d);
            node.each_child(|c| stack.push((c, d + 1)));
        }
        deepest
    }
}

/// Trees of any depth are freed without recursion (a chain like `a[][][]…` has no limit).
impl Drop for Node {
    fn drop(&mut self) {
        let take = |pending: &mut Vec<Node>, node: &mut Node| {
            node.each_child(|c| pending.push(std::mem::replace(c, Node::Identity)));
        };
        let mut pending = Vec::new();
        take(&mut pending, self);
        while let Some(mut node) = pending.pop() {
            take(&mut pending, &mut node);
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Lt,
    Gt,
    Lte,
    Gte,
}

impl Cmp {
    /// Python's operator, as its `TypeError` messages write it.
    pub fn symbol(self) -> &'static str {
        match self {
            Cmp::Eq => "==",
            Cmp::Ne => "!=",
            Cmp::Lt => "<",
            Cmp::Gt => ">",
            Cmp::Lte => "<=",
            Cmp::Gte => ">=",
        }
    }
}
