"""Streamlit pages, each a short module with one function; app.py wires them."""
