//! The Sockets lab: the learner's Python run on a simulated network (in the Web
//! Worker), what it printed and raised, which `except` clause took each exception and
//! why, the packets behind it, and the network with its DNS table.

mod caught_view;
mod network_panel;
mod output_view;
mod page;
mod timeline_view;
mod words;
mod words_en;
mod words_ko;

pub use page::SocketsPage;
pub use words::card;
