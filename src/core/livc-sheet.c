/* livc-sheet.c: tables of typed cells, written as CSV, ODS or XLSX.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-sheet.h"
#include "livc-csv.h"
#include "livc-ods.h"
#include "livc-types.h"
#include "livc-writer.h"
#include "livc-xlsx.h"

/* Spreadsheets count dates in days from 1899-12-30 (day 1 is 1899-12-31 in ODS, and
 * Excel's 1900 leap-year bug makes its serials agree from March 1900 on). */
#define SERIAL_EPOCH_JULIAN 693594

struct _LivcTable
{
  char   *name;
  GStrv   ids;
  GStrv   headers;
  guint   n_columns;
  GArray *cells;  /* of LivcCell, row after row */
  GArray *widths; /* of guint: the widest text of each column, in characters */
};

struct _LivcSheet
{
  GPtrArray *tables;
};

static void
table_free (LivcTable *table)
{
  for (guint i = 0; i < table->cells->len; i++)
    g_free (g_array_index (table->cells, LivcCell, i).text);
  g_array_unref (table->cells);
  g_array_unref (table->widths);
  g_strfreev (table->ids);
  g_strfreev (table->headers);
  g_free (table->name);
  g_free (table);
}

static void
widen (LivcTable  *table,
       guint       column,
       const char *text)
{
  guint *width = &g_array_index (table->widths, guint, column);
  glong len = g_utf8_strlen (text, -1);

  /* A long note wraps rather than widens its column past what a screen shows. */
  *width = MAX (*width, (guint) MIN (len, 60));
}

static void
add_cell (LivcTable    *table,
          LivcCellKind  kind,
          const char   *text,
          double        number)
{
  LivcCell cell = { kind, g_strdup (text ? text : ""), number };

  if (text == NULL || *text == '\0')
    cell.kind = LIVC_CELL_EMPTY;
  widen (table, table->cells->len % table->n_columns, cell.text);
  g_array_append_val (table->cells, cell);
}

LivcSheet *
livc_sheet_new (void)
{
  LivcSheet *sheet = g_new0 (LivcSheet, 1);

  sheet->tables = g_ptr_array_new_with_free_func ((GDestroyNotify) table_free);
  return sheet;
}

void
livc_sheet_free (LivcSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_ptr_array_unref (sheet->tables);
  g_free (sheet);
}

/* A table named name (a spreadsheet's sheet) whose columns are ids (a CSV's header, the
 * contract) with headers (a spreadsheet's header row, in the reader's language). */
LivcTable *
livc_sheet_add_table (LivcSheet          *sheet,
                      const char         *name,
                      const char * const *ids,
                      const char * const *headers)
{
  LivcTable *table = g_new0 (LivcTable, 1);

  g_return_val_if_fail (sheet != NULL && name != NULL && ids != NULL && headers != NULL, NULL);

  table->name = g_strdup (name);
  table->ids = g_strdupv ((char **) ids);
  table->headers = g_strdupv ((char **) headers);
  table->n_columns = g_strv_length (table->ids);
  g_assert (table->n_columns > 0 && g_strv_length (table->headers) == table->n_columns);
  table->cells = g_array_new (FALSE, FALSE, sizeof (LivcCell));
  table->widths = g_array_sized_new (FALSE, TRUE, sizeof (guint), table->n_columns);
  g_array_set_size (table->widths, table->n_columns);
  for (guint i = 0; i < table->n_columns; i++)
    widen (table, i, table->headers[i]);
  g_ptr_array_add (sheet->tables, table);
  return table;
}

guint
livc_sheet_get_n_tables (LivcSheet *sheet)
{
  return sheet->tables->len;
}

LivcTable *
livc_sheet_get_table (LivcSheet *sheet,
                      guint      index)
{
  g_return_val_if_fail (index < sheet->tables->len, NULL);
  return g_ptr_array_index (sheet->tables, index);
}

/* The format an output's extension names, whatever its case. */
gboolean
livc_sheet_format_from_path (const char      *path,
                             LivcSheetFormat *format)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".csv"))
    *format = LIVC_SHEET_FORMAT_CSV;
  else if (g_str_has_suffix (lower, ".ods"))
    *format = LIVC_SHEET_FORMAT_ODS;
  else if (g_str_has_suffix (lower, ".xlsx"))
    *format = LIVC_SHEET_FORMAT_XLSX;
  else
    return FALSE;
  return TRUE;
}

/* A CSV holds one table: the first. */
GBytes *
livc_sheet_to_bytes (LivcSheet       *sheet,
                     LivcSheetFormat  format,
                     LivcCsvDialect   dialect,
                     GError         **error)
{
  g_return_val_if_fail (sheet != NULL && sheet->tables->len > 0, NULL);

  switch (format)
    {
    case LIVC_SHEET_FORMAT_ODS:
      return livc_ods_to_bytes (sheet, error);
    case LIVC_SHEET_FORMAT_XLSX:
      return livc_xlsx_to_bytes (sheet, error);
    case LIVC_SHEET_FORMAT_CSV:
    default:
      {
        GString *out = g_string_new (NULL);

        livc_csv_write_table (out, livc_sheet_get_table (sheet, 0), dialect);
        return g_string_free_to_bytes (out);
      }
    }
}

/* Written whole or not at all, as every output: an existing file stays as it was when
 * anything fails. */
gboolean
livc_sheet_save (LivcSheet       *sheet,
                 const char      *path,
                 LivcSheetFormat  format,
                 LivcCsvDialect   dialect,
                 GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const void *data;

  g_return_val_if_fail (sheet != NULL && path != NULL, FALSE);

  bytes = livc_sheet_to_bytes (sheet, format, dialect, error);
  if (bytes == NULL)
    {
      g_prefix_error (error, _("cannot write “%s”: "), path);
      return FALSE;
    }
  data = g_bytes_get_data (bytes, &size);
  return livc_write_file_atomically (path, data, size, error);
}

const char *
livc_table_get_name (LivcTable *table)
{
  return table->name;
}

guint
livc_table_get_n_columns (LivcTable *table)
{
  return table->n_columns;
}

/* Complete rows only: a row being filled is not counted yet. */
guint
livc_table_get_n_rows (LivcTable *table)
{
  return table->cells->len / table->n_columns;
}

const char *
livc_table_get_id (LivcTable *table,
                   guint      column)
{
  g_return_val_if_fail (column < table->n_columns, NULL);
  return table->ids[column];
}

const char *
livc_table_get_header (LivcTable *table,
                       guint      column)
{
  g_return_val_if_fail (column < table->n_columns, NULL);
  return table->headers[column];
}

const LivcCell *
livc_table_get_cell (LivcTable *table,
                     guint      row,
                     guint      column)
{
  g_return_val_if_fail (column < table->n_columns, NULL);
  g_return_val_if_fail (row < livc_table_get_n_rows (table), NULL);
  return &g_array_index (table->cells, LivcCell, row * table->n_columns + column);
}

/* The widest text of a column in characters, header included, at most 60. */
guint
livc_table_get_width (LivcTable *table,
                      guint      column)
{
  g_return_val_if_fail (column < table->n_columns, 0);
  return g_array_index (table->widths, guint, column);
}

/* Cells are added left to right, row after row. */
void
livc_table_add_text (LivcTable  *table,
                     const char *text)
{
  add_cell (table, LIVC_CELL_TEXT, text, 0);
}

/* A number the app computed, as the CSV writes it ("62.5", "0.001"); a text that is no
 * number ("na", "unknown") stays text, and "" an empty cell. */
void
livc_table_add_number (LivcTable  *table,
                       const char *text)
{
  char *end = NULL;
  double value = text ? g_ascii_strtod (text, &end) : NAN;

  if (text != NULL && *text != '\0' && end != NULL && *end == '\0' && isfinite (value))
    add_cell (table, LIVC_CELL_NUMBER, text, value);
  else
    add_cell (table, LIVC_CELL_TEXT, text, 0);
}

/* A YYYY-MM-DD date; anything else stays text. */
void
livc_table_add_date (LivcTable  *table,
                     const char *iso_date)
{
  if (livc_date_is_valid (iso_date) && atoi (iso_date) >= 1900)
    {
      g_autoptr(GDate) date = g_date_new_dmy (atoi (iso_date + 8), atoi (iso_date + 5),
                                              atoi (iso_date));

      add_cell (table, LIVC_CELL_DATE, iso_date,
                (double) g_date_get_julian (date) - SERIAL_EPOCH_JULIAN);
    }
  else
    add_cell (table, LIVC_CELL_TEXT, iso_date, 0);
}

/* Spreadsheets run a cell that starts with =, +, -, @, tab or CR as a formula (a
 * municipality named =HYPERLINK(…) or =cmd|…): such a text gets a leading single quote
 * in every output, as OWASP advises. */
gboolean
livc_cell_needs_quote (const char *text)
{
  return text != NULL && text[0] != '\0' && strchr ("=+-@\t\r", text[0]) != NULL;
}

/* XML 1.0 has no place for control characters, which only a file name may hold: they
 * become '?', and anything that is not UTF-8 U+FFFD. */
char *
livc_sheet_dup_safe (const char *text)
{
  char *valid = g_utf8_make_valid (text, -1);

  for (char *p = valid; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
      *p = '?';
  return valid;
}

/* What a spreadsheet shows of a cell: a text neutralised as in a CSV, in XML's
 * characters. */
char *
livc_cell_dup_shown (const LivcCell *cell)
{
  g_autofree char *safe = livc_sheet_dup_safe (cell->text);

  if (cell->kind == LIVC_CELL_TEXT && livc_cell_needs_quote (cell->text))
    return g_strconcat ("'", safe, NULL);
  return g_steal_pointer (&safe);
}
