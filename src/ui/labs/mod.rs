//! The `Lab` registry: every lab's route, nav entry, home card, intro and page in one
//! exhaustive `match` each, so adding a lab is one new variant that the compiler walks
//! you through. Each lab lives in its own folder (page, components, words).

mod compress;
mod exercises;
mod serialize;
mod sockets;
mod tls;

use crate::ui::i18n::{LabCard, Lang};
use crate::ui::lazy::LazyLab;
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
            Lab::Serialize => serialize::card(lang),
            Lab::Compress => compress::card(lang),
            Lab::Sockets => sockets::card(lang),
            Lab::Tls => tls::card(lang),
            Lab::Exercises => exercises::card(lang),
        }
    }

    /// Which wasm carries the lab's page (`ui::lazy`): the first load holds the lab
    /// the site opens on; every other lab is a bundle of its own, fetched on its
    /// first visit.
    pub fn bundle(self) -> Bundle {
        match self {
            Lab::Serialize => Bundle::First,
            Lab::Compress | Lab::Sockets | Lab::Tls | Lab::Exercises => Bundle::Own,
        }
    }

    /// The lab's page as the first bundle renders it: its own page, or the
    /// placeholder that mounts it from the lab's bundle.
    pub fn page(self) -> Html {
        match self {
            Lab::Serialize => html! { <serialize::SerializePage /> },
            Lab::Compress | Lab::Sockets | Lab::Tls | Lab::Exercises => {
                html! { <LazyLab lab={self} /> }
            }
        }
    }

    /// The lab whose slug is `slug` (`tls`).
    pub fn from_slug(slug: &str) -> Option<Lab> {
        Lab::ALL.into_iter().find(|lab| lab.slug() == slug)
    }
}

/// Where a lab's page is (`ui::lazy`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    /// In the first load: the shell and the lab the site opens on.
    First,
    /// In a wasm of its own (`wirelab-lab-<slug>`), fetched when it is first opened.
    Own,
}

/// The pages of the labs with a bundle of their own, one function each, so that a
/// lab's bundle (`src/bin/wirelab_lab_<slug>`) links its own page and no other.
pub mod bundle_pages {
    use yew::prelude::*;

    pub fn compress() -> Html {
        html! { <super::compress::CompressPage /> }
    }

    pub fn sockets() -> Html {
        html! { <super::sockets::SocketsPage /> }
    }

    pub fn tls() -> Html {
        html! { <super::tls::TlsPage /> }
    }

    pub fn exercises() -> Html {
        html! { <super::exercises::ExercisesPage /> }
    }
}
