#!/usr/bin/env python3
"""Regenerates tests/fixtures/minilm_reference.json, the parity reference of the Rust embedder:
for each text, the token ids and the embedding sentence-transformers produces with
all-MiniLM-L6-v2 on the CPU (max_seq_length 256, mean pooling, normalised), each text encoded
alone. The texts are the fixture's own (or one per line of --texts FILE). The model is loaded
from a local folder, never from a hub: the one `jobclass fetch-model` verified.

Not run by the tests. Needs sentence-transformers (pip install sentence-transformers).
Usage: scripts/data/make_reference.py --model-dir DIR [--texts FILE] [--out tests/fixtures/minilm_reference.json]
"""
import argparse, hashlib, json, os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXTURE = os.path.join(ROOT, "tests", "fixtures", "minilm_reference.json")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model-dir", required=True, help="folder with model.safetensors, config.json, tokenizer.json")
    ap.add_argument("--texts", help="one text per line (default: the texts of the current fixture)")
    ap.add_argument("--out", default=FIXTURE)
    a = ap.parse_args()
    if a.texts:
        with open(a.texts, encoding="utf-8") as f:
            texts = [line.rstrip("\n") for line in f if line.strip()]
    else:
        with open(FIXTURE, encoding="utf-8") as f:
            texts = [it["text"] for it in json.load(f)["items"]]

    import sentence_transformers, tokenizers, torch, transformers
    from sentence_transformers import SentenceTransformer

    m = SentenceTransformer(a.model_dir, device="cpu")
    m.max_seq_length = 256
    items = []
    for text in texts:
        ids = m.tokenizer(text, truncation=True, max_length=256)["input_ids"]
        emb = m.encode([text], normalize_embeddings=True, convert_to_numpy=True)[0]
        items.append({"text": text, "n_words": len(text.split()), "n_tokens": len(ids),
                      "input_ids": ids, "embedding": [float(x) for x in emb]})
    with open(os.path.join(a.model_dir, "model.safetensors"), "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    out = {
        "model": "sentence-transformers/all-MiniLM-L6-v2",
        "max_seq_length": 256,
        "pooling": "mean",
        "normalize": True,
        "generated_with": {
            "sentence_transformers": sentence_transformers.__version__,
            "transformers": transformers.__version__,
            "tokenizers": tokenizers.__version__,
            "torch": torch.__version__,
            "device": "cpu",
            "model_safetensors_sha256": sha,
            "note": "each text encoded alone (no padding); input_ids include [CLS]/[SEP], truncated to 256",
        },
        "items": items,
    }
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False)
    print(f"wrote {len(items)} items to {os.path.relpath(a.out)}")


if __name__ == "__main__":
    main()
