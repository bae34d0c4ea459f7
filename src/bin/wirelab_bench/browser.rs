//! Browser glue: the clock, entropy, the event loop, CompressionStream /
//! DecompressionStream and WebCrypto, each behind a plain Rust function.

use js_sys::{Array, Function, Object, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableWritablePair, Response};

/// `performance.now()` in milliseconds.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// 32 bytes from `crypto.getRandomValues` (through getrandom's `wasm_js` backend).
pub fn random_seed() -> Result<[u8; 32], String> {
    let mut seed = [0u8; 32];
    getrandom::fill(&mut seed).map_err(|e| format!("crypto.getRandomValues: {e}"))?;
    Ok(seed)
}

/// A thrown JS value as text.
pub fn js_err(e: JsValue) -> String {
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// Lets the browser run a task (and repaint) between two measurements.
pub async fn yield_to_browser() {
    let promise = Promise::new(&mut |resolve, _| {
        let scheduled = web_sys::window().is_some_and(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
                .is_ok()
        });
        if !scheduled {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Pipes `data` through `new <ctor>("deflate")` (CompressionStream or
/// DecompressionStream: the zlib format, as Python's zlib with wbits 15) and
/// returns the whole output.
pub async fn deflate_stream(ctor: &str, data: &Uint8Array) -> Result<Uint8Array, String> {
    let class: Function = Reflect::get(&js_sys::global(), &JsValue::from_str(ctor))
        .map_err(js_err)?
        .dyn_into()
        .map_err(|_| format!("this browser has no {ctor}"))?;
    let transform =
        Reflect::construct(&class, &Array::of1(&JsValue::from_str("deflate"))).map_err(js_err)?;
    let source = Response::new_with_opt_buffer_source(Some(data)).map_err(js_err)?;
    let body = source.body().ok_or("a Response without a body")?;
    let piped = body.pipe_through(transform.unchecked_ref::<ReadableWritablePair>());
    let sink = Response::new_with_opt_readable_stream(Some(&piped)).map_err(js_err)?;
    let buffer = JsFuture::from(sink.array_buffer().map_err(js_err)?)
        .await
        .map_err(js_err)?;
    Ok(Uint8Array::new(&buffer))
}

/// `crypto.subtle.generateKey` for an RSASSA-PKCS1-v1_5 key of `bits` bits, e = 65537.
pub async fn webcrypto_rsa_keygen(bits: usize) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let subtle = window.crypto().map_err(js_err)?.subtle();
    let algorithm = Object::new();
    let exponent = Uint8Array::from(&[1u8, 0, 1][..]);
    for (key, value) in [
        ("name", JsValue::from_str("RSASSA-PKCS1-v1_5")),
        ("modulusLength", JsValue::from_f64(bits as f64)),
        ("publicExponent", exponent.into()),
        ("hash", JsValue::from_str("SHA-256")),
    ] {
        Reflect::set(&algorithm, &JsValue::from_str(key), &value).map_err(js_err)?;
    }
    let usages = Array::of2(&JsValue::from_str("sign"), &JsValue::from_str("verify"));
    let promise = subtle
        .generate_key_with_object(&algorithm, true, &usages)
        .map_err(js_err)?;
    JsFuture::from(promise).await.map_err(js_err)?;
    Ok(())
}

/// True when the page's address asks for the quick configuration (`?quick`).
pub fn quick_requested() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|s| s.contains("quick"))
}
