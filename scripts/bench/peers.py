#!/usr/bin/env python3
"""The peers of scripts/bench/compare.sh, one process each, all loading all-MiniLM-L6-v2 from local
folders (never a hub):

  peers.py prepare MODEL_DIR EXPORT_DIR
      exports the model to ONNX with sentence-transformers' own functions: fp32, and int8 by
      export_dynamic_quantized_onnx_model with the config for this CPU (avx512_vnni, else avx2);
      and lays out a folder fastembed can load offline (specific_model_path).
  peers.py KIND MODEL_DIR EXPORT_DIR OUT.bin THREADS < texts
      KIND: st-torch | st-onnx | st-onnx-int8 | fastembed-int8. Embeds stdin (one text per line,
      truncated at 256 tokens, batch 32), writes float32 vectors to OUT.bin and prints the encode
      time in seconds (load excluded)."""
import os, shutil, sys, time

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def int8_config():
    flags = open("/proc/cpuinfo").read()
    return "avx512_vnni" if " avx512_vnni" in flags else "avx2"


def int8_file():
    return f"onnx/model_qint8_{int8_config()}.onnx"


def prepare(model_dir, export):
    from sentence_transformers import SentenceTransformer, export_dynamic_quantized_onnx_model
    os.makedirs(export, exist_ok=True)
    m = SentenceTransformer(model_dir, device="cpu", backend="onnx")  # exports on load
    m.save_pretrained(export)
    export_dynamic_quantized_onnx_model(m, int8_config(), export)
    fe = os.path.join(export, "fastembed")
    os.makedirs(fe, exist_ok=True)
    for f in ["config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"]:
        if os.path.exists(os.path.join(export, f)):
            shutil.copy(os.path.join(export, f), fe)
    shutil.copy(os.path.join(export, int8_file()), os.path.join(fe, "model.onnx"))


def load(kind, model_dir, export, threads):
    if kind == "fastembed-int8":
        from fastembed import TextEmbedding
        m = TextEmbedding("sentence-transformers/all-MiniLM-L6-v2", threads=threads,
                          specific_model_path=os.path.join(export, "fastembed"), lazy_load=False)
        m.model.tokenizer.enable_truncation(max_length=256)
        return lambda texts: list(m.embed(texts, batch_size=32))
    import torch
    torch.set_num_threads(threads)
    from sentence_transformers import SentenceTransformer
    if kind == "st-torch":
        m = SentenceTransformer(model_dir, device="cpu")
    else:
        import onnxruntime as ort
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        kwargs = {"session_options": opts, "provider": "CPUExecutionProvider"}
        if kind == "st-onnx-int8":
            kwargs["file_name"] = int8_file()
        else:
            kwargs["file_name"] = "onnx/model.onnx"
        m = SentenceTransformer(export, device="cpu", backend="onnx", model_kwargs=kwargs)
    m.max_seq_length = 256
    return lambda texts: m.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)


def main():
    if sys.argv[1] == "prepare":
        return prepare(sys.argv[2], sys.argv[3])
    import numpy as np
    kind, model_dir, export, out, threads = sys.argv[1:6]
    texts = sys.stdin.read().split("\n")
    if texts and texts[-1] == "":
        texts.pop()
    encode = load(kind, model_dir, export, int(threads))
    t = time.perf_counter()
    v = np.asarray(encode(texts), dtype=np.float32)
    dt = time.perf_counter() - t
    v /= np.linalg.norm(v, axis=1, keepdims=True)  # fastembed normalises too; a no-op for the rest
    v.tofile(out)
    print(f"{dt:.4f}")


if __name__ == "__main__":
    main()
