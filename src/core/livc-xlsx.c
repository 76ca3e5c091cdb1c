/* livc-xlsx.c: tables as an Office Open XML workbook through libxlsxwriter: one worksheet
 * per table, numbers and dates as numbers (dates with a YYYY-MM-DD format), the header
 * row frozen and filtered, columns as wide as their texts.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "livc-xlsx.h"
#include "livc-sheet-reader.h"

/* Excel keeps at most this many characters in a cell. */
#define MAX_CELL_CHARS 32767
/* Column widths are in characters of the default font; a little room for the filter
 * button of the header. */
#define WIDTH_PADDING 3

/* Excel counts 1900 as a leap year: its serials before 1900-03-01 are one day less than
 * those counted from 1899-12-30. */
#define EXCEL_FIRST_TRUE_SERIAL 61

static lxw_error
write_cell (lxw_worksheet  *ws,
            guint           row,
            guint           column,
            const LivcCell *cell,
            lxw_format     *date_format,
            lxw_format     *text_format)
{
  g_autofree char *shown = NULL;

  switch (cell->kind)
    {
    case LIVC_CELL_NUMBER:
      return worksheet_write_number (ws, row, column, cell->number, NULL);
    case LIVC_CELL_DATE:
      return worksheet_write_number (ws, row, column,
                                     cell->number < EXCEL_FIRST_TRUE_SERIAL ? cell->number - 1
                                                                            : cell->number,
                                     date_format);
    case LIVC_CELL_TEXT:
      shown = livc_cell_dup_shown (cell);
      return worksheet_write_string (ws, row, column, shown, text_format);
    case LIVC_CELL_EMPTY:
    default:
      return LXW_NO_ERROR;
    }
}

static lxw_error
write_table (lxw_workbook *workbook,
             LivcTable    *table,
             lxw_format   *date_format,
             lxw_format   *head_format)
{
  g_autofree char *name = livc_sheet_dup_safe (livc_table_get_name (table));
  lxw_worksheet *ws = workbook_add_worksheet (workbook, name);
  guint n_columns = livc_table_get_n_columns (table);
  guint n_rows = livc_table_get_n_rows (table);
  lxw_error err = LXW_NO_ERROR;

  if (ws == NULL)
    return LXW_ERROR_SHEETNAME_ALREADY_USED;
  for (guint c = 0; c < n_columns && err == LXW_NO_ERROR; c++)
    {
      LivcCell head = { LIVC_CELL_TEXT, (char *) livc_table_get_header (table, c), 0 };

      err = worksheet_set_column (ws, c, c, livc_table_get_width (table, c) + WIDTH_PADDING,
                                  NULL);
      if (err == LXW_NO_ERROR)
        err = write_cell (ws, 0, c, &head, date_format, head_format);
    }
  for (guint r = 0; r < n_rows && err == LXW_NO_ERROR; r++)
    for (guint c = 0; c < n_columns && err == LXW_NO_ERROR; c++)
      err = write_cell (ws, r + 1, c, livc_table_get_cell (table, r, c), date_format, NULL);
  if (err == LXW_NO_ERROR)
    err = worksheet_autofilter (ws, 0, 0, n_rows, n_columns - 1);
  worksheet_freeze_panes (ws, 1, 0);
  return err;
}

/* What the format cannot hold is refused before anything is written, never cut: a sheet
 * of more than 1,048,576 rows (the header included) or a cell of more than 32,767
 * characters. */
static gboolean
check_limits (LivcSheet  *sheet,
              GError    **error)
{
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet); t++)
    {
      LivcTable *table = livc_sheet_get_table (sheet, t);
      guint n_rows = livc_table_get_n_rows (table);

      if (n_rows >= LXW_ROW_MAX)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                       _("the sheet “%s” has %u rows with its header; an XLSX sheet holds at "
                         "most %u: write an .ods or a .csv instead"),
                       livc_table_get_name (table), n_rows + 1, (guint) LXW_ROW_MAX);
          return FALSE;
        }
      for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < livc_table_get_n_columns (table); c++)
          {
            const LivcCell *cell = livc_table_get_cell (table, r, c);
            g_autofree char *shown = NULL;
            g_autofree char *name = NULL;
            glong length;

            /* A character takes a byte at least: a short text needs no count. */
            if (cell->kind != LIVC_CELL_TEXT || strlen (cell->text) < MAX_CELL_CHARS)
              continue;
            shown = livc_cell_dup_shown (cell);
            length = g_utf8_strlen (shown, -1);
            if (length <= MAX_CELL_CHARS)
              continue;
            name = livc_cell_name (r + 1, c);
            g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE,
                         _("the cell %s!%s holds %ld characters; an XLSX cell holds at most "
                           "%d: write an .ods or a .csv instead"),
                         livc_table_get_name (table), name, length, MAX_CELL_CHARS);
            return FALSE;
          }
    }
  return TRUE;
}

/* libxlsxwriter writes to a file only: it is written in a private folder, read back and
 * removed, so that the caller replaces the output atomically as every other one. */
GBytes *
livc_xlsx_to_bytes (LivcSheet  *sheet,
                    GError    **error)
{
  g_autofree char *dir = g_dir_make_tmp ("livc-scan-XXXXXX", error);
  g_autofree char *path = NULL;
  lxw_workbook_options options = { 0 };
  lxw_workbook *workbook;
  lxw_format *date_format, *head_format;
  lxw_error err = LXW_NO_ERROR;
  char *data = NULL;
  gsize size = 0;

  if (dir == NULL)
    return NULL;
  if (!check_limits (sheet, error))
    {
      g_rmdir (dir);
      return NULL;
    }
  path = g_build_filename (dir, "sheet.xlsx", NULL);
  options.tmpdir = dir;
  workbook = workbook_new_opt (path, &options);
  if (workbook == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           lxw_strerror (LXW_ERROR_MEMORY_MALLOC_FAILED));
      g_rmdir (dir);
      return NULL;
    }
  date_format = workbook_add_format (workbook);
  format_set_num_format (date_format, "yyyy-mm-dd");
  head_format = workbook_add_format (workbook);
  format_set_bold (head_format);
  for (guint t = 0; t < livc_sheet_get_n_tables (sheet) && err == LXW_NO_ERROR; t++)
    err = write_table (workbook, livc_sheet_get_table (sheet, t), date_format, head_format);
  if (err == LXW_NO_ERROR)
    err = workbook_close (workbook);
  else
    workbook_close (workbook);
  if (err != LXW_NO_ERROR)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, lxw_strerror (err));
  else if (!g_file_get_contents (path, &data, &size, error))
    data = NULL;
  g_unlink (path);
  g_rmdir (dir);
  return data != NULL ? g_bytes_new_take (data, size) : NULL;
}
