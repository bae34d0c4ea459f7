//! Property tests: no program text, however broken, panics the Sockets lab's parser or
//! interpreter, or runs past the step budget (a panic would kill the page).

use proptest::prelude::*;
use wirelab::sockets::{run, Network};

const PIECES: &[&str] = &[
    "import socket\n",
    "s = socket.socket()\n",
    "s.connect(('127.0.0.1', 1))\n",
    "s.bind(('127.0.0.1', 80))\n",
    "s.listen()\n",
    "c, a = s.accept()\n",
    "s.settimeout(0.2)\n",
    "s.recv(10)\n",
    "s.send(b'x')\n",
    "s.close()\n",
    "try:\n",
    "except OSError as e:\n",
    "finally:\n",
    "else:\n",
    "    ",
    "pass\n",
    "while True:\n",
    "for i in range(3):\n",
    "raise\n",
    "print(e)\n",
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "=",
    "+",
    "-",
    "*",
    " not ",
    " and ",
    " is ",
    "'a'",
    "b'\\x00'",
    "1",
    "-7",
    "0.5",
    "None",
    "\n",
    "\"\"\"",
    "#",
    "x",
    ".",
    "with s as t:\n",
    "socket.create_connection(('silent.lab', 7), 0.1)\n",
    "time.sleep(1)\n",
    "import time\n",
    "break\n",
    "continue\n",
    "if x:\n",
    "elif x:\n",
];

fn soup() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..40).prop_map(|v| v.concat())
}

fn check(src: &str) {
    let _ = run(src, &Network::default_lab());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]
    #[test]
    fn soup_never_panics(src in soup()) { check(&src); }
    #[test]
    fn arbitrary_text_never_panics(src in any::<String>()) { check(&src); }
}

proptest! {
    // The long run; PROPTEST_CASES overrides the count.
    #![proptest_config(ProptestConfig::default())]
    #[test]
    #[ignore]
    fn long_soup_never_panics(src in soup()) { check(&src); }
}
