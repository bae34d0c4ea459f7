//! The routes (HashRouter: `#/serialize`), so the site works from any sub-path.

use yew_router::Routable;

/// One page of the site.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Routable)]
pub enum Route {
    #[at("/")]
    Home,
    #[at("/serialize")]
    Serialize,
    #[at("/compress")]
    Compress,
    #[at("/sockets")]
    Sockets,
    #[at("/tls")]
    Tls,
    #[at("/exercises")]
    Exercises,
    #[at("/about")]
    About,
    #[not_found]
    #[at("/404")]
    NotFound,
}

impl Route {
    /// The `href` of this route under the HashRouter.
    pub fn href(self) -> String {
        format!("#{}", self.to_path())
    }
}
