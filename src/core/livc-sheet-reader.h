/* livc-sheet-reader.h: the cells of an OpenDocument spreadsheet or an Excel workbook, read
 * back as text, sheet by sheet, for the questionnaire import.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "livc-diagnostics.h"

G_BEGIN_DECLS

/* Far above a real questionnaire's sheets (the built-in one has 48 items), far below what
 * makes reading slow. */
#define LIVC_SHEET_READER_MAX_ROWS    2500
#define LIVC_SHEET_READER_MAX_COLUMNS 256

/* One sheet: rows of cells, each cell its text (a number as its value reads, "2", "39.99")
 * or NULL when empty; rows may be shorter than others. */
typedef struct
{
  char      *name;
  GPtrArray *rows; /* of GPtrArray of char* */
} LivcGrid;

GPtrArray  *livc_sheet_read      (const char      *path,
                                  LivcDiagnostics *diag);
const char *livc_grid_get        (LivcGrid        *grid,
                                  guint            row,
                                  guint            column);
guint       livc_grid_get_n_rows (LivcGrid        *grid);
char       *livc_cell_name       (guint            row,
                                  guint            column);
char       *livc_cell_location   (const char      *file,
                                  LivcGrid        *grid,
                                  guint            row,
                                  guint            column);
void        livc_grid_refuse     (LivcDiagnostics *diag,
                                  const char      *file,
                                  LivcGrid        *grid,
                                  guint            row,
                                  guint            column,
                                  const char      *format,
                                  ...) G_GNUC_PRINTF (6, 7);

G_END_DECLS
