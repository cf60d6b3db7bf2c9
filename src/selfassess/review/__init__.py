"""The SAR review engine: plain Python, no Django import."""
