"""Places -> maps and files. Only this package knows folium, GeoJSON and HTML."""
