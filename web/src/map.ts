// The map: an offline basemap drawn from Natural Earth country shapes (the
// world-atlas package, bundled; no tiles are fetched), with events and
// incidents clustered by supercluster.

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import Supercluster from "supercluster";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import countriesTopo from "world-atlas/countries-110m.json";
import { get, type Item } from "./api";
import { h, clear, link, onLeave, whenAttached } from "./dom";
import { type Filters } from "./state";

let countries: FeatureCollection | null = null;

function basemap(): FeatureCollection {
  if (!countries) {
    const topo = countriesTopo as unknown as Topology<{ countries: GeometryCollection }>;
    countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection;
  }
  return countries;
}

interface Point {
  kind: "event" | "incident";
  id: string;
  label: string;
  place: string;
}

export async function map(f: Filters): Promise<HTMLElement> {
  const [events, incidents] = await Promise.all([
    get("events", { ...f, limit: 1000 }),
    get("incidents", { ...f, limit: 1000 }).catch(() => ({ items: [] as Item[], total: 0 })),
  ]);
  const points: GeoJSON.Feature<GeoJSON.Point, Point>[] = [];
  for (const e of events.items as Item[]) {
    if (!e.location) continue;
    points.push({ type: "Feature", geometry: { type: "Point", coordinates: [e.location.lon, e.location.lat] },
      properties: { kind: "event", id: e.article_id, label: `${e.event_type}: ${e.trigger}`, place: e.location.name } });
  }
  for (const i of incidents.items as Item[]) {
    if (!i.location) continue;
    points.push({ type: "Feature", geometry: { type: "Point", coordinates: [i.location.lon, i.location.lat] },
      properties: { kind: "incident", id: i.id, label: `${i.event_type} (${i.corroboration} outlet${i.corroboration === 1 ? "" : "s"})`, place: i.location.name } });
  }
  const holder = h("div", { class: "map", "data-map": "" });
  const info = h("div", { class: "map-info" });
  const eventsPlaced = points.filter((p) => p.properties.kind === "event").length;
  const incidentsPlaced = points.length - eventsPlaced;
  const box = h("section", { class: "panel map-panel", "data-panel": "map", "data-points": points.length },
    h("h2", {}, "Map"),
    h("p", { class: "muted", "data-map-count": "" }, `${eventsPlaced} placed events and ${incidentsPlaced} placed incidents (filled: incidents).`,
      events.total > events.items.length || incidents.total > incidents.items.length
        ? ` Only the first ${events.items.length} events and ${incidents.items.length} incidents (by date) are mapped: narrow the filters to see the rest.`
        : null),
    holder, info);
  const index = new Supercluster<Point>({ radius: 48, maxZoom: 12 });
  index.load(points);
  // Leaflet needs the element in the document to size itself.
  whenAttached(holder, () => {
    const m = L.map(holder, { worldCopyJump: true, attributionControl: true, minZoom: 1, maxZoom: 12 });
    // Leaflet's remove() leaves its resize timer running: a window resize just
    // before the page is left would fire 'moveend' on a map with no panes.
    let gone = false;
    onLeave(() => {
      gone = true;
      m.remove();
      m.off();
    });
    m.attributionControl.setPrefix(false);
    m.attributionControl.addAttribution("Natural Earth (world-atlas)");
    L.geoJSON(basemap(), { style: { color: "#7a8794", weight: 0.6, fillColor: "#e6e9ec", fillOpacity: 1 } }).addTo(m);
    const layer = L.layerGroup().addTo(m);
    const draw = (): void => {
      if (gone) return;
      layer.clearLayers();
      const b = m.getBounds();
      const zoom = Math.round(m.getZoom());
      const clusters = index.getClusters([Math.max(-180, b.getWest()), Math.max(-85, b.getSouth()), Math.min(180, b.getEast()), Math.min(85, b.getNorth())], zoom);
      for (const c of clusters) {
        const [lon, lat] = c.geometry.coordinates;
        const props = c.properties as Point & { cluster?: boolean; point_count?: number; cluster_id?: number };
        if (props.cluster) {
          const n = props.point_count ?? 0;
          const marker = L.circleMarker([lat, lon], { radius: 8 + Math.min(18, Math.sqrt(n) * 3), color: "#1b4f72", fillColor: "#2e86c1", fillOpacity: 0.7, weight: 1, className: "cluster" });
          marker.bindTooltip(String(n), { permanent: true, direction: "center", className: "cluster-label" });
          marker.on("click", () => m.setView([lat, lon], Math.min(12, index.getClusterExpansionZoom(props.cluster_id ?? 0))));
          marker.addTo(layer);
        } else {
          const incident = props.kind === "incident";
          const marker = L.circleMarker([lat, lon], { radius: 6, color: incident ? "#922b21" : "#1b4f72", fillColor: incident ? "#e74c3c" : "#ffffff", fillOpacity: 0.9, weight: 2, className: "point" });
          marker.on("click", () => {
            const path = incident ? `/incidents/${encodeURIComponent(props.id)}` : `/articles/${encodeURIComponent(props.id)}`;
            clear(info, link(path, `${props.label} at ${props.place}`));
          });
          marker.addTo(layer);
        }
      }
    };
    m.on("moveend", draw);
    if (points.length) {
      const lats = points.map((p) => p.geometry.coordinates[1]);
      const lons = points.map((p) => p.geometry.coordinates[0]);
      m.fitBounds([[Math.min(...lats), Math.min(...lons)], [Math.max(...lats), Math.max(...lons)]], { padding: [30, 30], maxZoom: 6 });
    } else {
      m.setView([25, 30], 2);
    }
    draw();
    box.dataset.drawn = "true";
  });
  return box;
}
