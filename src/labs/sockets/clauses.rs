//! The `except` clauses of the `try` whose clause took an exception, read from the
//! program: what each names and whether it would take the exception. The clause that
//! took it is the first that would; a later one that would too was never reached (the
//! trap of `except OSError` placed before `except socket.timeout`).

use super::summary::{Clause, ClauseName};
use crate::sockets::ast::{Expr, Handler, Stmt, StmtKind};
use crate::sockets::parse::parse;
use crate::sockets::ExcClass;

/// The clauses of the `try` that has a clause on `line`, each checked against `chain`
/// (the exception's class and bases, as [`ExcClass::qualified`] names them).
pub(super) fn clauses_at(program: &str, line: usize, chain: &[String]) -> Vec<Clause> {
    let Ok(body) = parse(program) else {
        return Vec::new();
    };
    let Some(handlers) = find(&body, line) else {
        return Vec::new();
    };
    handlers
        .iter()
        .map(|h| {
            let names: Vec<ClauseName> = h.class.as_ref().map(names).unwrap_or_default();
            let takes = h.class.is_none()
                || names
                    .iter()
                    .any(|n| n.class.as_ref().is_some_and(|c| chain.contains(c)));
            Clause {
                line: h.line as u64,
                names,
                takes,
            }
        })
        .collect()
}

/// The handlers of the `try` with a clause on `line`, searched through every block.
fn find(body: &[Stmt], line: usize) -> Option<&[Handler]> {
    body.iter().find_map(|s| match &s.kind {
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finally,
        } => {
            if handlers.iter().any(|h| h.line == line) {
                return Some(handlers.as_slice());
            }
            find(body, line)
                .or_else(|| handlers.iter().find_map(|h| find(&h.body, line)))
                .or_else(|| find(orelse, line))
                .or_else(|| find(finally, line))
        }
        StmtKind::If(arms, orelse) => arms
            .iter()
            .find_map(|(_, b)| find(b, line))
            .or_else(|| find(orelse, line)),
        StmtKind::While(_, b) | StmtKind::For(_, _, b) | StmtKind::With(_, _, b) => find(b, line),
        _ => None,
    })
}

/// The classes an `except` expression names: one, or a tuple of them.
fn names(e: &Expr) -> Vec<ClauseName> {
    match e {
        Expr::Tuple(items) => items.iter().map(name).collect(),
        one => vec![name(one)],
    }
}

fn name(e: &Expr) -> ClauseName {
    let (written, class) = match e {
        Expr::Name(n) => (n.clone(), builtin(n)),
        Expr::Attr(base, attr) => match &**base {
            Expr::Name(m) if m == "socket" => (format!("socket.{attr}"), socket_attr(attr)),
            Expr::Name(m) => (format!("{m}.{attr}"), None),
            _ => (format!("….{attr}"), None),
        },
        _ => ("…".to_owned(), None),
    };
    ClauseName {
        written,
        class: class.map(ExcClass::qualified),
    }
}

/// A builtin exception class by name, as the interpreter looks names up.
fn builtin(n: &str) -> Option<ExcClass> {
    ExcClass::ALL
        .iter()
        .copied()
        .find(|c| c.module() == "builtins" && c.name() == n)
}

/// The exception classes of the `socket` module (`socket.timeout is TimeoutError`).
fn socket_attr(a: &str) -> Option<ExcClass> {
    match a {
        "timeout" => Some(ExcClass::TimeoutError),
        "error" => Some(ExcClass::OSError),
        "gaierror" => Some(ExcClass::Gaierror),
        "herror" => Some(ExcClass::Herror),
        _ => None,
    }
}
