//! The interpreter: runs a parsed program against the simulated kernel, one statement at
//! a time under a step budget, and records what it printed, which `except` clause took
//! each exception, and the packet timeline.

use super::ast::{Expr, Handler, Stmt, StmtKind};
use super::error::Stop;
use super::exc::{ExcClass, PyException};
use super::kernel::Kernel;
use super::net::Network;
use super::obj::Obj;
use super::parse::parse;
use super::timeline::Event;
use std::collections::HashMap;

#[path = "interp_call.rs"]
mod call;
#[path = "interp_eval.rs"]
mod eval;

/// Statements a run may execute (loops included) before it is stopped.
pub const STEP_BUDGET: usize = 100_000;

/// Everything a run produced.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    pub stdout: String,
    pub outcome: Outcome,
    /// Every exception an `except` clause took, in order.
    pub handled: Vec<Handled>,
    pub timeline: Vec<Event>,
    /// Simulated time at the end, microseconds.
    pub elapsed_us: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Finished,
    /// An uncaught exception, raised at that line.
    Raised {
        exc: PyException,
        line: usize,
    },
    Stopped(Stop),
}

/// An exception an `except` clause took.
#[derive(Clone, Debug, PartialEq)]
pub struct Handled {
    /// The line that raised it.
    pub raised_line: usize,
    pub exc: PyException,
    /// The `except` clause's line and its index in its `try`.
    pub clause_line: usize,
    pub clause_index: usize,
    /// The class named in the clause that matched (None: a bare `except:`).
    pub matched: Option<ExcClass>,
}

/// Why a statement did not complete normally.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Fault {
    Exc(PyException, usize),
    Stop(Stop),
}

pub(crate) type Ex<T> = Result<T, Fault>;

enum Flow {
    Normal,
    Break,
    Continue,
}

pub(crate) struct Interp {
    pub(crate) k: Kernel,
    pub(crate) env: HashMap<String, Obj>,
    pub(crate) out: String,
    steps: usize,
    handled: Vec<Handled>,
    /// The exceptions being handled (for a bare `raise`).
    active: Vec<PyException>,
}

/// Runs `program` on `net`.
pub fn run(program: &str, net: &Network) -> Run {
    let mut it = Interp {
        k: Kernel::new(net.clone()),
        env: HashMap::new(),
        out: String::new(),
        steps: 0,
        handled: Vec::new(),
        active: Vec::new(),
    };
    let outcome = match parse(program) {
        Err(e) => Outcome::Stopped(Stop::Parse(e)),
        Ok(body) => match it.block(&body) {
            Ok(_) => Outcome::Finished,
            Err(Fault::Exc(exc, line)) => Outcome::Raised { exc, line },
            Err(Fault::Stop(s)) => Outcome::Stopped(s),
        },
    };
    Run {
        stdout: it.out,
        outcome,
        handled: it.handled,
        elapsed_us: it.k.now_us,
        timeline: it.k.timeline,
    }
}

impl Interp {
    pub(crate) fn raise<T>(&self, e: PyException) -> Ex<T> {
        Err(Fault::Exc(e, self.k.line))
    }

    pub(crate) fn not_simulated<T>(&self, what: &str) -> Ex<T> {
        Err(Fault::Stop(Stop::NotSimulated {
            line: self.k.line,
            what: what.to_string(),
        }))
    }

    fn block(&mut self, body: &[Stmt]) -> Ex<Flow> {
        for s in body {
            match self.stmt(s)? {
                Flow::Normal => {}
                other => return Ok(other),
            }
        }
        Ok(Flow::Normal)
    }

    fn stmt(&mut self, s: &Stmt) -> Ex<Flow> {
        self.k.line = s.line;
        self.steps += 1;
        if self.steps > STEP_BUDGET {
            return Err(Fault::Stop(Stop::StepBudget { line: s.line }));
        }
        match &s.kind {
            StmtKind::Import(names) => {
                for n in names {
                    match n.as_str() {
                        "socket" => self.env.insert(n.clone(), Obj::Module("socket")),
                        "time" => self.env.insert(n.clone(), Obj::Module("time")),
                        _ => return self.not_simulated(&format!("import {n}")),
                    };
                }
            }
            StmtKind::Expr(e) => {
                self.eval(e)?;
            }
            StmtKind::Assign(targets, value) => {
                let v = self.eval(value)?;
                for t in targets {
                    self.assign(t, v.clone())?;
                }
            }
            StmtKind::AugAdd(target, value) => {
                let old = self.eval(target)?;
                let add = self.eval(value)?;
                let v = self.binary(super::ast::BinOp::Add, old, add)?;
                self.assign(target, v)?;
            }
            StmtKind::If(arms, orelse) => {
                for (cond, body) in arms {
                    if self.eval(cond)?.truthy() {
                        return self.block(body);
                    }
                    self.k.line = s.line;
                }
                return self.block(orelse);
            }
            StmtKind::While(cond, body) => {
                while self.eval(cond)?.truthy() {
                    if let Flow::Break = self.block(body)? {
                        break;
                    }
                    self.tick(s.line)?;
                }
            }
            StmtKind::For(target, iter, body) => {
                let items = self.iterate(iter)?;
                let mut i = 0;
                while let Some(item) = self.nth(&items, i) {
                    i += 1;
                    self.k.line = s.line;
                    self.assign(target, item)?;
                    if let Flow::Break = self.block(body)? {
                        break;
                    }
                    self.tick(s.line)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finally,
            } => {
                let result = self.try_body(body, handlers, orelse);
                if let Err(Fault::Stop(_)) = result {
                    return result;
                }
                let fin = self.block(finally)?;
                if !matches!(fin, Flow::Normal) {
                    return Ok(fin);
                }
                return result;
            }
            StmtKind::With(ctx, name, body) => {
                let c = self.eval(ctx)?;
                let Obj::Sock(id) = c else {
                    return self.not_simulated("with");
                };
                if let Some(n) = name {
                    self.assign(n, c)?;
                }
                let result = self.block(body);
                self.k.close(id);
                return result;
            }
            StmtKind::Raise(e) => return self.raise_stmt(e.as_ref()),
            StmtKind::Pass => {}
            StmtKind::Break => return Ok(Flow::Break),
            StmtKind::Continue => return Ok(Flow::Continue),
        }
        Ok(Flow::Normal)
    }

    /// Counts `n` more steps against the budget.
    pub(crate) fn charge(&mut self, n: usize) -> Ex<()> {
        self.steps = self.steps.saturating_add(n);
        if self.steps > STEP_BUDGET {
            return Err(Fault::Stop(Stop::StepBudget { line: self.k.line }));
        }
        Ok(())
    }

    fn tick(&mut self, line: usize) -> Ex<()> {
        self.steps += 1;
        if self.steps > STEP_BUDGET {
            return Err(Fault::Stop(Stop::StepBudget { line }));
        }
        Ok(())
    }

    fn try_body(&mut self, body: &[Stmt], handlers: &[Handler], orelse: &[Stmt]) -> Ex<Flow> {
        let (exc, raised_line) = match self.block(body) {
            Ok(Flow::Normal) => return self.block(orelse),
            Ok(flow) => return Ok(flow),
            Err(Fault::Exc(e, line)) => (e, line),
            Err(stop) => return Err(stop),
        };
        for (index, h) in handlers.iter().enumerate() {
            self.k.line = h.line;
            let matched = match &h.class {
                None => None,
                Some(expr) => {
                    let classes = self.eval(expr)?;
                    match self.matches(&exc, &classes)? {
                        Some(c) => Some(c),
                        None => continue,
                    }
                }
            };
            self.handled.push(Handled {
                raised_line,
                exc: exc.clone(),
                clause_line: h.line,
                clause_index: index,
                matched,
            });
            if let Some(n) = &h.name {
                self.env.insert(n.clone(), Obj::Exc(exc.clone()));
            }
            self.active.push(exc);
            let r = self.block(&h.body);
            self.active.pop();
            if let Some(n) = &h.name {
                self.env.remove(n);
            }
            return r;
        }
        Err(Fault::Exc(exc, raised_line))
    }

    /// The class of an `except` clause that takes `exc`, if one does.
    fn matches(&self, exc: &PyException, classes: &Obj) -> Ex<Option<ExcClass>> {
        let list = match classes {
            Obj::Tuple(xs) => xs.clone(),
            one => vec![one.clone()],
        };
        for c in &list {
            let Obj::Class(c) = c else {
                return self.raise(PyException::msg(
                    ExcClass::TypeError,
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            };
            if exc.class.is_subclass_of(*c) {
                return Ok(Some(*c));
            }
        }
        Ok(None)
    }

    fn raise_stmt(&mut self, e: Option<&Expr>) -> Ex<Flow> {
        let Some(e) = e else {
            return match self.active.last() {
                Some(exc) => self.raise(exc.clone()),
                None => self.raise(PyException::msg(
                    ExcClass::RuntimeError,
                    "No active exception to reraise",
                )),
            };
        };
        match self.eval(e)? {
            Obj::Exc(exc) => self.raise(exc),
            Obj::Class(c) => self.raise(PyException::new(c, Vec::new())),
            _ => self.raise(PyException::msg(
                ExcClass::TypeError,
                "exceptions must derive from BaseException",
            )),
        }
    }
}
