/* livc-sheet.h: tables of typed cells (text, number, date), the one model behind every
 * CSV, ODS and XLSX output, and its output in the format a file name asks for.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  LIVC_CELL_EMPTY,
  LIVC_CELL_TEXT,
  LIVC_CELL_NUMBER,
  LIVC_CELL_DATE,
} LivcCellKind;

/* text is what a CSV writes (a number as written, a date as YYYY-MM-DD); number is the
 * value of a NUMBER, or the days since 1899-12-30 of a DATE (what spreadsheets count). */
typedef struct
{
  LivcCellKind  kind;
  char         *text;
  double        number;
} LivcCell;

typedef enum
{
  LIVC_SHEET_FORMAT_CSV,
  LIVC_SHEET_FORMAT_ODS,
  LIVC_SHEET_FORMAT_XLSX,
} LivcSheetFormat;

typedef enum
{
  LIVC_CSV_DIALECT_DEFAULT,
  LIVC_CSV_DIALECT_EXCEL,
} LivcCsvDialect;

typedef struct _LivcSheet LivcSheet;
typedef struct _LivcTable LivcTable;

LivcSheet      *livc_sheet_new              (void);
void            livc_sheet_free             (LivcSheet          *sheet);
LivcTable      *livc_sheet_add_table        (LivcSheet          *sheet,
                                             const char         *name,
                                             const char * const *ids,
                                             const char * const *headers);
guint           livc_sheet_get_n_tables     (LivcSheet          *sheet);
LivcTable      *livc_sheet_get_table        (LivcSheet          *sheet,
                                             guint               index);
gboolean        livc_sheet_format_from_path (const char         *path,
                                             LivcSheetFormat    *format);
GBytes         *livc_sheet_to_bytes         (LivcSheet          *sheet,
                                             LivcSheetFormat     format,
                                             LivcCsvDialect      dialect,
                                             GError            **error);
gboolean        livc_sheet_save             (LivcSheet          *sheet,
                                             const char         *path,
                                             LivcSheetFormat     format,
                                             LivcCsvDialect      dialect,
                                             GError            **error);

const char     *livc_table_get_name         (LivcTable          *table);
guint           livc_table_get_n_columns    (LivcTable          *table);
guint           livc_table_get_n_rows       (LivcTable          *table);
const char     *livc_table_get_id           (LivcTable          *table,
                                             guint               column);
const char     *livc_table_get_header       (LivcTable          *table,
                                             guint               column);
const LivcCell *livc_table_get_cell         (LivcTable          *table,
                                             guint               row,
                                             guint               column);
guint           livc_table_get_width        (LivcTable          *table,
                                             guint               column);
void            livc_table_add_text         (LivcTable          *table,
                                             const char         *text);
void            livc_table_add_number       (LivcTable          *table,
                                             const char         *text);
void            livc_table_add_date         (LivcTable          *table,
                                             const char         *iso_date);
gboolean        livc_cell_needs_quote       (const char         *text);
char           *livc_cell_dup_shown         (const LivcCell     *cell);
char           *livc_sheet_dup_safe         (const char         *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcSheet, livc_sheet_free)

G_END_DECLS
