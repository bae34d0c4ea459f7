//! The routes (HashRouter: `#/serialize`), so the site works from any sub-path. A lab's
//! route comes from the `Lab` registry, so a new lab needs no edit here.

use super::labs::Lab;
use std::collections::HashMap;
use yew_router::Routable;

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Lab(Lab),
    About,
    NotFound,
}

impl Route {
    /// The `href` of this route under the HashRouter.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }
}

/// Written by hand rather than derived: the lab paths come from [`Lab::slug`].
impl Routable for Route {
    fn from_path(path: &str, _params: &HashMap<&str, &str>) -> Option<Self> {
        Self::recognize(path)
    }

    fn to_path(&self) -> String {
        match self {
            Route::Home => "/".into(),
            Route::Lab(lab) => format!("/{}", lab.slug()),
            Route::About => "/about".into(),
            Route::NotFound => "/404".into(),
        }
    }

    fn routes() -> Vec<&'static str> {
        let mut all = vec!["/", "/about", "/404"];
        all.extend(Lab::ALL.iter().map(|l| l.path()));
        all
    }

    fn not_found_route() -> Option<Self> {
        Some(Route::NotFound)
    }

    fn recognize(pathname: &str) -> Option<Self> {
        let path = pathname.trim_end_matches('/');
        let lab = Lab::ALL.into_iter().find(|lab| lab.path() == path);
        let route = if path.is_empty() {
            Route::Home
        } else if path == "/about" {
            Route::About
        } else {
            lab.map_or(Route::NotFound, Route::Lab)
        };
        Some(route)
    }
}
