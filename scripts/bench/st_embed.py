#!/usr/bin/env python3
"""sentence-transformers side of scripts/bench/compare.sh: embeds stdin (one text per line) with
all-MiniLM-L6-v2 loaded from a local folder (never a hub), writes float32 vectors to argv[2],
and prints the encode time in seconds on stdout. Usage: st_embed.py MODEL_DIR OUT.bin [THREADS]"""
import os, sys, time
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
import numpy as np, torch
from sentence_transformers import SentenceTransformer

model_dir, out = sys.argv[1], sys.argv[2]
torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else 2)
texts = sys.stdin.read().split("\n")
if texts and texts[-1] == "":
    texts.pop()
m = SentenceTransformer(model_dir, device="cpu")
m.max_seq_length = 256
t = time.perf_counter()
v = m.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)
dt = time.perf_counter() - t
v.astype(np.float32).tofile(out)
print(f"{dt:.4f}")
