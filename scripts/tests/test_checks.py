"""scripts/checks.py on small made-up repositories: a clean one passes, and each way of breaking
a rule is found. Run by scripts/lint: python3 -m unittest discover -s scripts/tests"""
import atexit, os, shutil, sys, tempfile, textwrap, unittest

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import checks  # noqa: E402

LAYERS = """\
# top first
cli python
pipeline
io
error text
"""

CLEAN = {
    "scripts/layers.txt": LAYERS,
    "src/lib.rs": "//! [`pipeline`] uses [`io`].\npub mod error;\npub mod io;\npub mod pipeline;\npub mod text;\n",
    "src/main.rs": "mod cli;\nfn main() { cli::run(); }\n#[cfg(test)]\nmod tests {\n    fn f() { super::main(); }\n}\n",
    "src/cli/mod.rs": "use jobclass::pipeline::Thing;\nuse crate::cli::args::Args;\nmod args;\n",
    "src/cli/args.rs": "use super::Thing;\npub fn f() -> jobclass::error::Result<()> { Ok(()) }\n",
    "src/pipeline/mod.rs": "use crate::io::{self, read};\nuse super::text::clean;\npub mod batch;\n",
    "src/pipeline/batch.rs": "use super::Thing;\nuse crate::{error::Error, io::read};\n",
    "src/io/mod.rs": textwrap.dedent("""\
        //! Readers; [`crate::pipeline::batch`] uses them.
        use crate::error::Error;
        /* a comment: use crate::pipeline::Thing; /* nested: crate::pipeline */ still comment */
        /// Not [`super::pipeline`] either.
        pub const HELP: &str = "see crate::pipeline::batch";
        pub const RAW: &str = r#"crate::pipeline "{" "#;
        pub const BRACE: char = '{';
        pub fn read<'a>(s: &'a str) -> &'a str { s }
        pub(in crate::io) fn private() {}
        #[cfg(test)]
        mod tests {
            use super::*;
            use crate::text::clean;
        }
        """),
    "src/error.rs": "pub struct Error;\npub type Result<T> = std::result::Result<T, Error>;\n",
    "src/text.rs": "pub fn clean() {}\n#[cfg(test)]\nmod tests {\n    use super::super::error::Error;\n}\n",
    "python/src/lib.rs": "use jobclass::pipeline::Thing;\nmod convert;\n",
    "python/src/convert.rs": "use crate::Thing;\nuse super::Thing as Other;\n",
}


def make(files):
    root = tempfile.mkdtemp()
    atexit.register(shutil.rmtree, root, True)
    for rel, text in files.items():
        path = os.path.join(root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return root


def layers(files):
    root = make(files)
    return checks.layer_findings(root, checks.read_layers(root))


class Layers(unittest.TestCase):
    def test_a_clean_tree_passes(self):
        self.assertEqual(layers(CLEAN), [])

    def test_a_use_of_a_layer_above_is_found_with_its_loop(self):
        found = layers({**CLEAN, "src/io/csv.rs": "use std::fmt;\nuse crate::pipeline::batch::Sink;\n"})
        self.assertEqual(found[0], "src/io/csv.rs:2: io uses crate::pipeline::batch::Sink: pipeline is a layer above")
        self.assertEqual(len(found), 2)
        self.assertEqual(found[1], "loop: io, pipeline reach each other; the uses not down a layer: "
                                   "io -> pipeline at src/io/csv.rs:2")

    def test_a_path_in_code_counts_as_a_use(self):
        found = layers({**CLEAN, "src/text.rs": "pub fn f() { let _ = crate::io::read(\"\"); }\n"})
        self.assertEqual(found[0], "src/text.rs:1: text uses crate::io::read: io is a layer above")

    def test_a_use_group_and_a_super_path_out_of_the_folder_are_followed(self):
        found = layers({**CLEAN, "src/io/csv.rs": "use crate::{error::Error, pipeline::{self, batch}};\n"
                                                  "mod tests {\n    use super::super::super::pipeline::Thing;\n}\n"})
        self.assertEqual(found[:2], [
            "src/io/csv.rs:1: io uses crate::pipeline, crate::pipeline::batch: pipeline is a layer above",
            "src/io/csv.rs:3: io uses super::super::super::pipeline::Thing: pipeline is a layer above",
        ])

    def test_a_module_on_no_line_is_found(self):
        found = layers({**CLEAN, "src/render/mod.rs": "use crate::io::read;\n"})
        self.assertEqual(found, ["src/render/mod.rs: `render` is on no line of scripts/layers.txt: place it in the order"])

    def test_modules_of_one_layer_may_use_each_other_but_not_in_a_loop(self):
        self.assertEqual(layers({**CLEAN, "src/text.rs": "pub fn clean() {}\n",
                                 "src/error.rs": "use crate::text::clean;\n"}), [])
        found = layers({**CLEAN, "src/error.rs": "use crate::text::clean;\n"})
        self.assertEqual(len(found), 1)
        self.assertEqual(found[0], "loop: error, text reach each other; the uses not down a layer: "
                                   "error -> text at src/error.rs:1; text -> error at src/text.rs:4")

    def test_the_command_s_own_modules_are_not_the_library_s(self):
        self.assertEqual(layers({**CLEAN, "src/cli/x.rs": "use crate::cli::args;\nuse crate::pipeline;\n"}), [])
        # No module of the library is called cli: nothing to check (the compiler refuses it).
        self.assertEqual(layers({**CLEAN, "src/io/x.rs": "use crate::cli::args;\n"}), [])


def lengths(files):
    return checks.length_findings(make({"scripts/layers.txt": LAYERS, **files}))


def lines(n, text="x = 1"):
    return "".join(f"{text}\n\n" for _ in range(n))


class Lengths(unittest.TestCase):
    def test_500_lines_of_code_pass_and_501_fail(self):
        self.assertEqual(lengths({"src/a.rs": lines(500, "fn a() {}"), "scripts/a.py": lines(500)}), [])
        found = lengths({"src/a.rs": lines(501, "fn a() {}"), "python/jobclass/a.py": lines(501)})
        self.assertEqual([f.split(":")[0:2] for f in found],
                         [["python/jobclass/a.py", " 501 lines of code, over 500"], ["src/a.rs", " 501 lines of code, over 500"]])

    def test_test_modules_and_test_files_do_not_count(self):
        inline = lines(400, "fn a() {}") + "#[cfg(test)]\nmod tests {\n" + lines(200, "    fn t() { let _ = '}'; }") + "}\n"
        declared = lines(400, "fn a() {}") + "#[cfg(all(test, unix))]\n#[path = \"x\"]\nmod tests;\n"
        self.assertEqual(lengths({
            "src/a.rs": inline,
            "src/b.rs": declared,
            "src/b/tests.rs": lines(600, "fn t() {}"),
            "tests/it/long.rs": lines(600, "fn t() {}"),
            "python/tests/test_long.py": lines(600),
        }), [])
        not_test = lines(400, "fn a() {}") + "#[cfg(not(test))]\nmod real {\n" + lines(200, "fn b() {}") + "}\n"
        self.assertEqual(len(lengths({"src/a.rs": not_test})), 1)

    def test_a_listed_file_passes_and_the_list_is_kept_true(self):
        exceptions = "# why\nscripts/data.py: data: postings written as literals\n"
        self.assertEqual(lengths({"scripts/data.py": lines(900), "scripts/long-files.txt": exceptions}), [])
        self.assertEqual(lengths({"scripts/data.py": lines(10), "scripts/long-files.txt": exceptions}),
                         ["scripts/data.py: 10 lines of code, not over 500: take it out of scripts/long-files.txt"])
        self.assertEqual(lengths({"scripts/long-files.txt": exceptions}),
                         ["scripts/long-files.txt: scripts/data.py is no source file: take it out"])
        found = lengths({"scripts/data.py": lines(900), "scripts/long-files.txt": "scripts/data.py\n"})
        self.assertEqual(found[0], "scripts/long-files.txt:1: give the path, a colon and the reason")


class Lexing(unittest.TestCase):
    def test_comments_and_literals_are_blanked_and_code_kept(self):
        src = 'a /* b /* c */ d */ e "f\\"g" r##"h"#i"## \'j\' \'\\\'\' <\'k> // l\nm'
        code = checks.code_only(src)
        self.assertEqual(code.split(), ["a", "e", "<'k>", "m"])
        self.assertEqual(len(code), len(src))


if __name__ == "__main__":
    unittest.main()
