//! `lab_bundle!`: what a lab's bundle offers the first bundle's `LazyLab`:
//! `mount_lab`, and a `LabMount` to update (language, the carried pickle) and
//! unmount. A macro because wasm-bindgen exports must be compiled in the binary that
//! exports them (in the library, every binary would carry every lab).

/// Defines the exports of the bundle of `$lab`, whose page is `$page`.
#[macro_export]
macro_rules! lab_bundle {
    ($lab:expr, $page:path) => {
        use ::wasm_bindgen::prelude::*;

        /// The mounted lab.
        #[wasm_bindgen]
        pub struct LabMount {
            handle: Option<::yew::AppHandle<$crate::ui::lazy::LabRoot>>,
        }

        /// Mounts the lab into `root`.
        #[wasm_bindgen]
        pub fn mount_lab(
            root: ::web_sys::Element,
            lang: &str,
            source: String,
            protocol: u8,
            pickle: Option<Vec<u8>>,
            json: Option<String>,
        ) -> LabMount {
            let props = $crate::ui::lazy::LabRootProps::new(
                $lab, $page, lang, source, protocol, pickle, json,
            );
            $crate::ui::lazy::skip_first_bundles_tree_ids();
            let handle =
                ::yew::Renderer::<$crate::ui::lazy::LabRoot>::with_root_and_props(root, props)
                    .render();
            LabMount {
                handle: Some(handle),
            }
        }

        #[wasm_bindgen]
        impl LabMount {
            /// New language or carried pickle.
            pub fn update(
                &mut self,
                lang: &str,
                source: String,
                protocol: u8,
                pickle: Option<Vec<u8>>,
                json: Option<String>,
            ) {
                let props = $crate::ui::lazy::LabRootProps::new(
                    $lab, $page, lang, source, protocol, pickle, json,
                );
                if let Some(handle) = self.handle.as_mut() {
                    handle.update(props);
                }
            }

            /// Takes the lab off the page.
            pub fn unmount(&mut self) {
                if let Some(handle) = self.handle.take() {
                    handle.destroy();
                }
            }
        }
    };
}
