//! The allow-list: the few globals CPython itself writes for built-in types, and what
//! calling them does. Everything else is shown, never imported or called.

use super::objects::{Arena, Id, Obj};

/// `find_class(module, name)` (after `fix_imports` mapped `__builtin__`): the
/// honoured object, or `None` when this lab refuses to import it.
pub fn find_class(module: &str, name: &str) -> Option<Obj> {
    match (module, name) {
        ("builtins", "set" | "frozenset" | "bytearray" | "bytes") | ("_codecs", "encode") => {
            Some(Obj::Builtin(module.to_string(), name.to_string()))
        }
        _ => None,
    }
}

/// Calls an honoured builtin with positional `args`, giving the new object: `Ok(None)`
/// when this lab does not model that call (it is then refused like any other).
pub fn call(arena: &mut Arena, name: &str, args: &[Id]) -> Result<Option<Id>, String> {
    let arg_obj = |i: usize| args.get(i).map(|&a| arena.get(a).clone());
    let obj = match (name, args.len()) {
        ("encode", 2) => match (arg_obj(0), arg_obj(1)) {
            (Some(Obj::Str(text)), Some(Obj::Str(enc))) if is_latin1(&enc) => {
                Obj::Bytes(latin1_encode(&text)?)
            }
            _ => return Ok(None),
        },
        ("bytes", 0) => Obj::Bytes(Vec::new()),
        ("bytearray", 0) => Obj::ByteArray(Vec::new()),
        ("bytearray", 1) => match arg_obj(0) {
            Some(Obj::Bytes(b) | Obj::ByteArray(b)) => Obj::ByteArray(b),
            _ => return Ok(None),
        },
        ("bytearray", 2) => match (arg_obj(0), arg_obj(1)) {
            (Some(Obj::Str(text)), Some(Obj::Str(enc))) if is_latin1(&enc) => {
                Obj::ByteArray(latin1_encode(&text)?)
            }
            _ => return Ok(None),
        },
        ("set" | "frozenset", 0) => empty_set(name),
        ("set" | "frozenset", 1) => {
            let items = match arg_obj(0) {
                Some(Obj::List(i) | Obj::Tuple(i) | Obj::Set(i) | Obj::FrozenSet(i)) => i,
                _ => return Ok(None),
            };
            let set = arena.add(empty_set(name));
            for item in items {
                arena.set_add(set, item)?;
            }
            return Ok(Some(set));
        }
        _ => return Ok(None),
    };
    Ok(Some(arena.add(obj)))
}

fn empty_set(name: &str) -> Obj {
    if name == "set" {
        Obj::Set(Vec::new())
    } else {
        Obj::FrozenSet(Vec::new())
    }
}

fn is_latin1(enc: &[u32]) -> bool {
    let enc: String = enc.iter().filter_map(|&c| char::from_u32(c)).collect();
    matches!(
        enc.to_ascii_lowercase().replace('_', "-").as_str(),
        "latin1" | "latin-1" | "iso-8859-1" | "iso8859-1" | "l1"
    )
}

fn latin1_encode(text: &[u32]) -> Result<Vec<u8>, String> {
    text.iter()
        .enumerate()
        .map(|(i, &c)| {
            u8::try_from(c).map_err(|_| {
                let shown = crate::py::pickle::text::str_repr(&[c]);
                let shown = shown.trim_matches('\'');
                format!(
                    "UnicodeEncodeError: 'latin-1' codec can't encode character '{shown}' in position {i}: ordinal not in range(256)"
                )
            })
        })
        .collect()
}
