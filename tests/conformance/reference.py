"""The reference side: Hugging Face transformers' Gemma 4 unified (PyTorch, CPU) on Hearth's weights.

Run as a subprocess of the conformance tests, once for all cases (the model loads once):

    python tests/conformance/reference.py JOB_DIR

JOB_DIR holds job.json (model folder, cases) and hearth_<case>.npz (what Hearth's side
produced: its processed tensors and the media it decoded). For every case this writes
ref_<case>.npz (the reference processor's tensors, the reference model's first-step logits
and greedy continuation on Hearth's tensors) and ref_<case>.json (prompt, errors).
Hearth's own code never imports torch; only this process does.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path

import numpy as np
import torch

# PyPI's torchvision wheel is a CUDA build: beside the CPU torch its C ops do not load, and
# importing it dies registering a fake kernel for torchvision::nms. Declaring the two op
# schemas first lets its pure-Python part (the resize the image processor uses) import.
_tv = torch.library.Library("torchvision", "DEF")
_tv.define("nms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")
_tv.define("qnms(Tensor dets, Tensor scores, float iou_threshold) -> Tensor")

from PIL import Image  # noqa: E402
from safetensors.numpy import load_file, save_file  # noqa: E402
from transformers import (  # noqa: E402
    AutoTokenizer,
    Gemma4UnifiedAudioFeatureExtractor,
    Gemma4UnifiedForConditionalGeneration,
    Gemma4UnifiedImageProcessor,
    Gemma4UnifiedProcessor,
    Gemma4UnifiedVideoProcessor,
)

GREEDY_TOKENS = 16


def hf_checkpoint(model_dir: Path, out: Path) -> Path:
    """Hearth's (MLX) weight names -> the Hub checkpoint names transformers loads."""
    out.mkdir(parents=True, exist_ok=True)
    mapped = {}
    for k, v in load_file(str(model_dir / "model.safetensors")).items():
        prefix = "language_model.model."
        mapped["model.language_model." + k[len(prefix) :] if k.startswith(prefix) else "model." + k] = v
    save_file(mapped, str(out / "model.safetensors"), metadata={"format": "pt"})
    for f in (
        "config.json",
        "generation_config.json",
        "tokenizer.json",
        "tokenizer_config.json",
        "chat_template.jinja",
    ):
        (out / f).write_bytes((model_dir / f).read_bytes())
    return out


def load(model_dir: Path, work: Path) -> tuple[Gemma4UnifiedProcessor, Gemma4UnifiedForConditionalGeneration]:
    folder = hf_checkpoint(model_dir, work / "hf_ckpt")
    # The tiny folder has no processor_config.json (nor would AutoProcessor find the
    # feature extractor), so the processor is assembled from its parts with default settings.
    processor = Gemma4UnifiedProcessor(
        feature_extractor=Gemma4UnifiedAudioFeatureExtractor(),
        image_processor=Gemma4UnifiedImageProcessor(),
        tokenizer=AutoTokenizer.from_pretrained(folder),
        video_processor=Gemma4UnifiedVideoProcessor(),
        chat_template=(folder / "chat_template.jinja").read_text(),
    )
    model, info = Gemma4UnifiedForConditionalGeneration.from_pretrained(
        folder, dtype=torch.float32, attn_implementation="eager", output_loading_info=True
    )
    bad = {k: v for k, v in info.items() if v}
    if bad:
        raise RuntimeError(f"weights did not map cleanly: {bad}")
    return processor, model.eval()


def run_case(processor, model, spec: dict, hearth: dict[str, np.ndarray]) -> tuple[dict, dict]:
    meta: dict = {}
    arrays: dict[str, np.ndarray] = {}
    images = [Image.fromarray(hearth[f"decoded_image_{i}"]) for i in range(spec["n_images"])]
    audio = [hearth[f"decoded_audio_{i}"] for i in range(spec["n_audio"])]
    videos = [hearth[f"decoded_video_{i}"] for i in range(spec["n_videos"])]
    messages = spec["messages"]
    kwargs = {"enable_thinking": spec["thinking"]}
    if spec["tools"]:
        kwargs["tools"] = spec["tools"]
    prompt = processor.apply_chat_template(messages, add_generation_prompt=True, tokenize=False, **kwargs)
    meta["prompt"] = prompt
    try:
        video_kw = {}
        if videos:  # Hearth's frames as they are, stamped at their true times
            video_kw = {
                "do_sample_frames": False,
                "video_metadata": [
                    {"fps": fps, "total_num_frames": len(v), "frames_indices": list(range(len(v)))}
                    for v, fps in zip(videos, spec["video_fps"], strict=True)
                ],
            }
        enc = processor(
            text=prompt,
            images=images or None,
            audio=audio or None,
            videos=videos or None,
            return_tensors="pt",
            **video_kw,
        )
        for k, v in enc.items():
            if isinstance(v, torch.Tensor):
                arrays[k] = v.numpy()
    except Exception as exc:  # recorded, so the test shows the reference's own complaint
        meta["processor_error"] = f"{type(exc).__name__}: {exc}"
    try:
        logits, greedy = model_outputs(model, hearth)
        arrays["first_logits"] = logits
        arrays["greedy"] = np.array(greedy, np.int64)
    except Exception as exc:
        meta["model_error"] = f"{type(exc).__name__}: {exc}"
    return meta, arrays


def model_outputs(model, hearth: dict[str, np.ndarray]) -> tuple[np.ndarray, list[int]]:
    """The reference model on Hearth's processed tensors: the last position's logits, then a
    greedy continuation, decoding on the reference's KV cache as its own generate() does
    (mm_token_type_ids only for the prompt: decode steps are plain causal)."""
    inputs = {
        "input_ids": torch.tensor(hearth["input_ids"]).long(),
        "attention_mask": torch.tensor(hearth["attention_mask"]).long(),
    }
    for k, dtype in (("pixel_values", torch.float32), ("image_position_ids", torch.long),
                     ("input_features", torch.float32), ("input_features_mask", torch.bool),
                     ("mm_token_type_ids", torch.long), ("pixel_values_videos", torch.float32),
                     ("video_position_ids", torch.long)):  # fmt: skip
        if k in hearth:
            inputs[k] = torch.tensor(hearth[k]).to(dtype)
    if "pixel_values_videos" in inputs:  # one video per case
        inputs["num_frames_per_video"] = torch.tensor([inputs["pixel_values_videos"].shape[0]])
    eos = model.config.eos_token_id
    eos = set(eos if isinstance(eos, list) else [eos])
    greedy: list[int] = []
    with torch.no_grad():
        out = model(**inputs, use_cache=True)
        first = out.logits[0, -1].float().numpy()
        mask = inputs["attention_mask"]
        while True:
            token = int(out.logits[0, -1].argmax())
            greedy.append(token)
            if token in eos or len(greedy) == GREEDY_TOKENS:
                return first, greedy
            step = torch.tensor([[token]])
            mask = torch.cat([mask, torch.ones_like(step)], 1)
            out = model(input_ids=step, attention_mask=mask, cache=out.cache, use_cache=True)


def main(job_dir: Path) -> None:
    torch.manual_seed(0)
    job = json.loads((job_dir / "job.json").read_text())
    processor, model = load(Path(job["model"]), job_dir)
    for name, spec in job["cases"].items():
        with np.load(job_dir / f"hearth_{name}.npz") as f:
            hearth = dict(f)
        try:
            meta, arrays = run_case(processor, model, spec, hearth)
        except Exception:
            meta, arrays = {"error": traceback.format_exc()}, {}
        np.savez(job_dir / f"ref_{name}.npz", **arrays)
        (job_dir / f"ref_{name}.json").write_text(json.dumps(meta, indent=1))
        print("reference:", name, sorted(meta), flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
