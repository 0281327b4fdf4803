package app.masa.ui.canvas;

import app.masa.layout.Rect;
import app.masa.ui.session.CellRef;

/**
 * Where dropped cards land: a cell and a slot among the cell's cards as shown (0 before the first,
 * the cell's size after the last), plus the insertion line that shows it.
 */
record DropTarget(CellRef cell, int index, Rect indicator) {
}
