"""Copy the images an exported page shows beside it: pages name them by file name."""

from __future__ import annotations

from pathlib import Path

from alsinfo.integrity import image_format
from alsinfo.model import Article, Image
from alsinfo.snapshot import IMAGE_LIMIT


def copy_images(article: Article, folder: Path, output: Path) -> list[Path]:
    """Copy each image the article shows from its folder to ``output``'s folder (nothing when they are
    the same folder or ``output`` is not a regular file's place); the files written. Each image is
    judged by its bytes again, as validation did: a file changed since into something else is refused."""
    from alsinfo.atomic import write_output
    from alsinfo.loader import read_bounded

    target = output.resolve().parent
    if not output.resolve().is_file() or target == folder.resolve():
        return []
    written = []
    for name in sorted({block.file for section in article.all_sections() for block in section.blocks
                        if isinstance(block, Image)}):
        raw = read_bounded(folder / name, IMAGE_LIMIT)
        if len(raw) > IMAGE_LIMIT or image_format(raw) is None:
            raise OSError(0, "the image changed since it was checked and is no longer a PNG, JPEG, GIF or WebP "
                             "image of at most 2 MB", str(folder / name))
        write_output(target / name, raw)
        written.append(target / name)
    return written
