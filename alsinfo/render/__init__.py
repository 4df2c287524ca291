"""Rendering: turn problems and the article model into text, Rich renderables or plain data."""
