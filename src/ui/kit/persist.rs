//! A lab's inputs that last: kept in the URL's query (`#/serialize?lit=...`, so a
//! teacher shares one example as a link) and in localStorage (so switching labs or
//! reloading loses nothing). The URL wins when it has a query; else the last stored
//! value; else the lab's default.

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::rc::Rc;
use yew::prelude::*;
use yew_router::prelude::*;
use yew_router::query::{FromQuery, ToQuery};

/// localStorage, when the browser allows it (private modes may not).
fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads a stored query string (the same encoding as the URL's).
fn stored<T: DeserializeOwned>(key: &str) -> Option<T> {
    let text = storage()?.get_item(key).ok().flatten()?;
    T::from_query(&text).ok()
}

/// What another lab last stored under `key` (the Compress lab reads the Serialize
/// lab's literal this way), or the default.
pub fn read_stored<T: DeserializeOwned + Default>(key: &str) -> T {
    stored(key).unwrap_or_default()
}

fn store<T: Serialize>(key: &str, value: &T) {
    if let (Some(s), Ok(text)) = (storage(), value.to_query()) {
        // A full or refused storage only means the inputs are not remembered.
        let _ = s.set_item(key, &text);
    }
}

/// The inputs `T` of this page under `key` (e.g. `wirelab.serialize`), and the
/// callback that replaces them (in state, the URL and storage at once).
#[hook]
pub fn use_persisted<T>(key: &'static str) -> (Rc<T>, Callback<T>)
where
    T: Serialize + DeserializeOwned + Default + PartialEq + 'static,
{
    let location = use_location();
    let state = use_state(|| {
        let from_url = location
            .as_ref()
            .filter(|l| l.query_str().len() > 1)
            .and_then(|l| l.query::<T>().ok());
        Rc::new(from_url.or_else(|| stored(key)).unwrap_or_default())
    });
    let navigator = use_navigator();
    let route = use_route::<crate::ui::Route>();
    {
        // Mirror the inputs in the URL and storage, on arrival and after each change.
        let value = (*state).clone();
        use_effect_with(value, move |value| {
            store(key, &**value);
            if let (Some(nav), Some(route)) = (navigator, route) {
                // A refused history update leaves the page as it is.
                let _ = nav.replace_with_query(&route, &**value);
            }
        });
    }
    let set = {
        let state = state.clone();
        Callback::from(move |next: T| {
            if next != **state {
                state.set(Rc::new(next));
            }
        })
    };
    ((*state).clone(), set)
}
