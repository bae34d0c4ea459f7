//! The `Lab` registry: every lab's route, nav entry, home card, intro and page in one
//! exhaustive `match` each, so adding a lab is one new variant that the compiler walks
//! you through. Each lab lives in its own folder (page, components, words).

mod compress;
mod exercises;
mod serialize;
mod sockets;
mod tls;

use crate::ui::i18n::{LabCard, Lang, Words};
use yew::prelude::*;

/// One lab of the site, in nav order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lab {
    Serialize,
    Compress,
    Sockets,
    Tls,
    Exercises,
}

impl Lab {
    /// Every lab, in nav and home-card order.
    pub const ALL: [Lab; 5] = [
        Lab::Serialize,
        Lab::Compress,
        Lab::Sockets,
        Lab::Tls,
        Lab::Exercises,
    ];

    /// The route path (`/serialize`), also the e2e contract's `nav-<slug>` test id.
    pub fn path(self) -> &'static str {
        match self {
            Lab::Serialize => "/serialize",
            Lab::Compress => "/compress",
            Lab::Sockets => "/sockets",
            Lab::Tls => "/tls",
            Lab::Exercises => "/exercises",
        }
    }

    /// The path without its slash (`serialize`).
    pub fn slug(self) -> &'static str {
        self.path().trim_start_matches('/')
    }

    /// Title, nav label, blurb and intro, in `lang`.
    pub fn card(self, lang: Lang) -> &'static LabCard {
        match self {
            Lab::Serialize => &serialize::SerializeWords::of(lang).card,
            Lab::Compress => &compress::CompressWords::of(lang).card,
            Lab::Sockets => &sockets::SocketsWords::of(lang).card,
            Lab::Tls => &tls::TlsWords::of(lang).card,
            Lab::Exercises => &exercises::ExercisesWords::of(lang).card,
        }
    }

    /// The lab's page.
    pub fn page(self) -> Html {
        match self {
            Lab::Serialize => html! { <serialize::SerializePage /> },
            Lab::Compress => html! { <compress::CompressPage /> },
            Lab::Sockets => html! { <sockets::SocketsPage /> },
            Lab::Tls => html! { <tls::TlsPage /> },
            Lab::Exercises => html! { <exercises::ExercisesPage /> },
        }
    }
}
