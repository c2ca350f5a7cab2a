"""The arithmetic and the readings of scripts/bench/compare.py, on made-up inputs: what each
precision runs for a set of CPU flags (as src/model/kernels/cpu.rs decides it), cosines and
differences, ratios over rounds, and the label column of a batch output.
Run by scripts/lint: python3 -m unittest discover -s scripts/tests"""
import os, sys, unittest
from unittest import mock

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bench"))
import compare  # noqa: E402

SAPPHIRE = ["avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16", "avx_vnni",
            "amx_int8", "amx_tile", "amx_bf16"]
ZEN4 = ["avx2", "fma", "avx512f", "avx512bw", "avx512vl", "avx512_vnni", "avx512_bf16"]
ALDER = ["avx2", "fma", "avx_vnni"]


def kernels(flags, cap=""):
    with mock.patch.dict(os.environ, {"JOBCLASS_CPU": cap}):
        return compare.kernels(flags)


class Kernels(unittest.TestCase):
    def test_each_cpu_family_gets_its_fastest_kernels(self):
        self.assertIn("level amx; auto runs int8; int8 runs AMX-INT8", kernels(SAPPHIRE))
        self.assertIn("bf16 runs AVX-512 BF16", kernels(SAPPHIRE))
        self.assertIn("level avx512; auto runs int8; int8 runs AVX-512 VNNI", kernels(ZEN4))
        self.assertIn("level avxvnni; auto runs int8; int8 runs AVX-VNNI", kernels(ALDER))
        self.assertIn("bf16 runs f32", kernels(ALDER))
        self.assertIn("level avx2; auto runs int8; int8 runs AVX2", kernels(["avx2", "fma"]))
        self.assertIn("level generic; auto runs f32; int8 runs f32", kernels(["sse4_2"]))

    def test_jobclass_cpu_caps_the_level(self):
        self.assertIn("level avx512; auto runs int8; int8 runs AVX-512 VNNI", kernels(SAPPHIRE, "avx512"))
        self.assertIn("level avx2; auto runs int8; int8 runs AVX2", kernels(SAPPHIRE, "avx2"))
        self.assertIn("bf16 runs f32", kernels(SAPPHIRE, "avx2"))
        self.assertIn("level generic; auto runs f32", kernels(ZEN4, "generic"))
        # A cap above the CPU changes nothing, and one it cannot read is ignored, as the binary does.
        self.assertIn("level avxvnni;", kernels(ALDER, "amx"))
        self.assertIn("level avx512;", kernels(ZEN4, "fast"))


class Figures(unittest.TestCase):
    def test_closeness_is_the_worst_row(self):
        a = [[1.0, 0.0], [0.0, 2.0]]
        b = [[1.0, 0.0], [1.0, 1.0]]
        low, diff = compare.closeness(a, b)
        self.assertAlmostEqual(low, 2 ** -0.5)
        self.assertEqual(diff, 1.0)
        self.assertEqual(compare.closeness(a, a), (1.0, 0.0))

    def test_ratio_is_the_median_of_each_rounds_own_ratio(self):
        runs = [(1.0, 0, 0), (4.0, 0, 0), (2.0, 0, 0)]
        ref = [(3.0, 0, 0), (4.0, 0, 0), (8.0, 0, 0)]
        # Rounds' ratios 3, 1 and 4: the median is 3, where the ratio of the medians would be 2.
        self.assertEqual(compare.median_ratio(runs, ref), 3.0)

    def test_labels_come_from_the_column_batch_adds(self):
        own = b"id,label,text,jobclass_label,confidence\n1,sre,x,devops,0.9\n2,other,y,other,0.8\n"
        self.assertEqual(compare.labels_of(own), ["devops", "other"])
        self.assertEqual(compare.labels_of(b"id,text,label,confidence\n1,x,sre,0.9\n"), ["sre"])

    def test_batch_at_auto_runs_its_default_and_embed_is_told(self):
        self.assertEqual(compare.precision_args("auto", "batch"), [])
        self.assertEqual(compare.precision_args("auto", "embed"), ["--precision", "auto"])
        self.assertEqual(compare.precision_args("int8", "batch"), ["--precision", "int8"])


if __name__ == "__main__":
    unittest.main()
