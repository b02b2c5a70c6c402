// The drawing: cytoscape.js (vendored), colour and shape by label, edge label by type,
// a node cap so that a big neighbourhood stays usable, and path highlighting.
import cytoscape from "./vendor/cytoscape.esm.min.js";

/** Colour and shape of each ontology label (also drawn as the legend). */
export const LABEL_STYLE = {
  Company: { color: "#2f6fb0", shape: "ellipse" },
  Agency: { color: "#7b4ea3", shape: "diamond" },
  Organization: { color: "#2a9d8f", shape: "round-rectangle" },
  Country: { color: "#4c9a2a", shape: "hexagon" },
  Person: { color: "#e09f3e", shape: "triangle" },
  Technology: { color: "#b8860b", shape: "barrel" },
  Product: { color: "#8d6e63", shape: "round-tag" },
  Sanction: { color: "#c0392b", shape: "octagon" },
  Plan: { color: "#d35e9a", shape: "pentagon" },
};
const OTHER = { color: "#7f8796", shape: "ellipse" };

/** At most this many nodes are drawn; more are counted and reported as truncated. */
export const MAX_NODES = 400;

function labelStyle(label) {
  return LABEL_STYLE[label] || OTHER;
}

const STYLE = [
  {
    selector: "node",
    style: {
      "background-color": (n) => labelStyle(n.data("label")).color,
      shape: (n) => labelStyle(n.data("label")).shape,
      label: "data(name)",
      "font-size": 11,
      "text-valign": "bottom",
      "text-margin-y": 3,
      "text-wrap": "ellipsis",
      "text-max-width": 140,
      "text-background-color": "#fbfcfd",
      "text-background-opacity": 0.8,
      width: 26,
      height: 26,
      "border-width": 1,
      "border-color": "#ffffff",
      "min-zoomed-font-size": 7,
    },
  },
  { selector: "node.focus", style: { width: 38, height: 38, "border-width": 3, "border-color": "#1d2330" } },
  { selector: "node.expanded", style: { "border-width": 2, "border-color": "#1d2330" } },
  {
    selector: "edge",
    style: {
      width: (e) => 1 + 2.5 * (e.data("confidence") || 0),
      "line-color": "#a3acba",
      "target-arrow-color": "#a3acba",
      "target-arrow-shape": "triangle",
      "curve-style": "bezier",
      label: "data(type)",
      "font-size": 9,
      color: "#4a5263",
      "text-rotation": "autorotate",
      "text-background-color": "#fbfcfd",
      "text-background-opacity": 0.85,
      "min-zoomed-font-size": 7,
    },
  },
  { selector: ".faded", style: { opacity: 0.18 } },
  {
    selector: "edge.path",
    style: { "line-color": "#d9480f", "target-arrow-color": "#d9480f", color: "#8a2c05", opacity: 1, "z-index": 10 },
  },
  { selector: "node.path", style: { opacity: 1, "border-width": 2, "border-color": "#d9480f" } },
  { selector: "edge.selected-path", style: { width: 5 } },
  { selector: ":selected", style: { "overlay-color": "#1f5fa8", "overlay-opacity": 0.15 } },
];

/** The graph drawing in `container`; `onNode(data)` / `onEdge(data)` on a tap. */
export class GraphView {
  constructor(container, { onNode, onEdge }) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    this.dropped = 0;
    this.cy.on("tap", "node", (event) => onNode(event.target.data()));
    this.cy.on("tap", "edge", (event) => onEdge(event.target.data()));
  }

  /** Remove everything (a new view starts from scratch). */
  clear() {
    this.cy.elements().remove();
    this.dropped = 0;
  }

  nodeCount() {
    return this.cy.nodes().length;
  }

  has(id) {
    return this.cy.getElementById(id).nonempty();
  }

  /**
   * Add a node {id, label, name} near `near` (an id already drawn); false when the cap is
   * reached (the node is counted in `dropped`).
   */
  addNode(node, near = null) {
    if (this.has(node.id)) return true;
    if (this.nodeCount() >= MAX_NODES) {
      this.dropped += 1;
      return false;
    }
    const anchor = near && this.has(near) ? this.cy.getElementById(near).position() : { x: 0, y: 0 };
    const angle = Math.random() * 2 * Math.PI;
    this.cy.add({
      group: "nodes",
      data: { id: node.id, label: node.label, name: node.name || node.id },
      position: { x: anchor.x + 80 * Math.cos(angle), y: anchor.y + 80 * Math.sin(angle) },
    });
    return true;
  }

  /** Add a relationship {id, source, target, type, confidence} if both ends are drawn. */
  addEdge(edge) {
    if (this.has(edge.id) || !this.has(edge.source) || !this.has(edge.target)) return;
    this.cy.add({ group: "edges", data: edge });
  }

  mark(id, className) {
    this.cy.getElementById(id).addClass(className);
  }

  /**
   * Lay the graph out: with `root`, hop by hop from it (paths; in rings when wide); else
   * force-directed, or rings by degree when there are too many nodes for that to read well.
   */
  layout(root = null) {
    const many = this.nodeCount() > 150;
    let options;
    if (root && this.has(root)) {
      options = { name: "breadthfirst", roots: [root], directed: false, circle: this.nodeCount() > 30, spacingFactor: 1.1 };
    } else if (many) {
      options = { name: "concentric", concentric: (n) => n.degree(), levelWidth: () => 1, minNodeSpacing: 6 };
    } else {
      options = { name: "cose", randomize: false, numIter: 1000, nodeRepulsion: () => 60000, idealEdgeLength: () => 110, nodeOverlap: 20, gravity: 0.6 };
    }
    this.cy.layout({ ...options, animate: false }).run();
    this.fit();
  }

  /** Fit the drawing in view, without blowing a small graph up beyond its natural size. */
  fit() {
    this.cy.fit(undefined, 30);
    if (this.cy.zoom() > 1.2) {
      this.cy.zoom(1.2);
      this.cy.center();
    }
  }

  /** Highlight the nodes and edges of `paths` (lists of element ids); fade the rest. */
  highlight(paths) {
    const cy = this.cy;
    cy.elements().removeClass("path selected-path faded");
    if (!paths.length) return;
    cy.elements().addClass("faded");
    for (const ids of paths) {
      for (const id of ids) cy.getElementById(id).removeClass("faded").addClass("path");
    }
  }

  /** Emphasise one path (element ids) among the highlighted ones. */
  select(ids) {
    this.cy.elements().removeClass("selected-path");
    for (const id of ids) this.cy.getElementById(id).addClass("selected-path");
  }
}
