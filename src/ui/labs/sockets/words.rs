//! The Sockets lab's words: one typed struct, an `EN` and a `KO` value
//! (`words_en.rs`, `words_ko.rs`), so a missing entry is a compile error. Terms follow
//! docs/GLOSSARY.md; Python's own texts (tracebacks, class names) are never translated.

use crate::labs::sockets::{Example, HostsError};
use crate::sockets::net::Server;
use crate::sockets::timeline::WaitOn;
use crate::sockets::Stop;
use crate::ui::i18n::{LabCard, Lang, Words};

/// Everything the Sockets lab says.
pub struct SocketsWords {
    pub title: &'static str,
    pub intro: &'static str,
    pub program_label: &'static str,
    pub program_help: &'static str,
    pub examples_label: &'static str,
    /// Titles of `labs::sockets::Example::ALL`, in order.
    pub examples: [&'static str; Example::ALL.len()],
    pub run: &'static str,
    pub output_heading: &'static str,
    pub output_empty: &'static str,
    pub nothing_printed: &'static str,
    pub stdout_cut: &'static str,
    /// An uncaught exception, raised on line n.
    pub raised_at: fn(u64) -> String,
    /// Ran to its end after that much simulated time (already formatted).
    pub finished: fn(&str) -> String,
    /// Why the lab stopped the program (the line included).
    pub stopped: fn(&Stop) -> String,
    pub caught_heading: &'static str,
    pub caught_none: &'static str,
    /// Raised on line r, taken by the clause on line c.
    pub caught_summary: fn(u64, u64) -> String,
    pub caught_more: fn(u64) -> String,
    pub chain_label: &'static str,
    pub chain_help: &'static str,
    pub uncaught_chain: &'static str,
    pub clauses_label: &'static str,
    pub clause_took: &'static str,
    pub clause_no: &'static str,
    pub clause_shadowed: &'static str,
    pub clause_later: &'static str,
    pub order_hint: &'static str,
    pub timeline_heading: &'static str,
    pub timeline_empty: &'static str,
    pub timeline_more: fn(u64) -> String,
    /// "line n" on the timeline.
    pub line: fn(u64) -> String,
    /// A DNS lookup of the name, and its answer (None: not found).
    pub dns: fn(&str, Option<&str>) -> String,
    /// A data segment of n bytes, from one endpoint to another.
    pub data: fn(String, String, usize) -> String,
    /// Nothing arrived for this long (formatted) while waiting on that call.
    pub silence: fn(&str, WaitOn, bool) -> String,
    pub elapsed: fn(&str) -> String,
    pub network_heading: &'static str,
    pub network_intro: &'static str,
    /// Address, names (DNS), link, ports.
    pub net_columns: [&'static str; 4],
    pub loopback: &'static str,
    pub loopback_ports: &'static str,
    pub link_up: fn(u64) -> String,
    pub link_silent: &'static str,
    pub link_down: &'static str,
    pub no_ports: &'static str,
    pub server: fn(Server) -> &'static str,
    pub dns_label: &'static str,
    pub dns_help: &'static str,
    pub dns_reset: &'static str,
    pub hosts_error: fn(&HostsError) -> String,
}

impl Words for SocketsWords {
    fn of(lang: Lang) -> &'static Self {
        match lang {
            Lang::En => &super::words_en::EN,
            Lang::Ko => &super::words_ko::KO,
        }
    }
}

/// The lab's card alone: the registry (in the first load) links only this, not the
/// rest of the lab's words, which stay in the lab's own bundle.
pub fn card(lang: Lang) -> &'static LabCard {
    match lang {
        Lang::En => &super::words_en::CARD_EN,
        Lang::Ko => &super::words_ko::CARD_KO,
    }
}
