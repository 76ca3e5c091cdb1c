/* livc-sheet-reader.c: the cells of an OpenDocument spreadsheet (content.xml) or an Excel
 * workbook (xl/workbook.xml, its relations, shared strings and worksheets), read as text.
 * libgsf opens both packages; every part is unpacked only up to the 16 MiB cap and parsed
 * by the safe reader of LIVC Scan's own files (no DTD, no entities, its structural
 * limits). Formulas and merged cells are refused, not evaluated or guessed: a cell says
 * what it holds, or the file is refused naming it.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <gsf/gsf-infile-zip.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-utils.h>

#include "livc-sheet-reader.h"
#include "livc-types.h"
#include "livc-xml.h"

#define NS_OFFICE "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
#define NS_TABLE  "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
#define NS_TEXT   "urn:oasis:names:tc:opendocument:xmlns:text:1.0"

#define X(s) ((const xmlChar *) (s))

/* libxml2 2.9 and libgsf declare no cleanup of their own. */
typedef xmlDoc LivcXmlDoc;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcXmlDoc, xmlFreeDoc)
typedef GsfInput LivcGsfInput;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LivcGsfInput, g_object_unref)

typedef struct
{
  const char      *file;
  LivcDiagnostics *diag;
  GsfInfile       *zip;
  GPtrArray       *grids;
  guint            first_error;
} Reader;

static void
grid_free (LivcGrid *grid)
{
  g_ptr_array_unref (grid->rows);
  g_free (grid->name);
  g_free (grid);
}

static LivcGrid *
grid_new (Reader     *r,
          const char *name)
{
  LivcGrid *grid = g_new0 (LivcGrid, 1);

  grid->name = g_strdup (name ? name : "");
  grid->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_ptr_array_add (r->grids, grid);
  return grid;
}

/* Problems were added since reading began. */
static gboolean
failed (Reader *r)
{
  return livc_diagnostics_count (r->diag, LIVC_SEVERITY_ERROR) > r->first_error;
}

/* The row, made when a cell is set: rows before it stay empty. */
static GPtrArray *
grid_row (LivcGrid *grid,
          guint     row)
{
  while (grid->rows->len <= row)
    g_ptr_array_add (grid->rows, g_ptr_array_new_with_free_func (g_free));
  return g_ptr_array_index (grid->rows, row);
}

static gboolean
grid_set (Reader     *r,
          LivcGrid   *grid,
          guint       row,
          guint       column,
          const char *text)
{
  GPtrArray *cells;

  if (row >= LIVC_SHEET_READER_MAX_ROWS + 1)
    {
      livc_grid_refuse (r->diag, r->file, grid, row, column,
                        _("more than %d rows under the header; LIVC Scan reads at most that many"),
                        LIVC_SHEET_READER_MAX_ROWS);
      return FALSE;
    }
  if (column >= LIVC_SHEET_READER_MAX_COLUMNS)
    {
      livc_grid_refuse (r->diag, r->file, grid, row, column,
                        _("more than %d columns; LIVC Scan reads at most that many"),
                        LIVC_SHEET_READER_MAX_COLUMNS);
      return FALSE;
    }
  cells = grid_row (grid, row);
  while (cells->len <= column)
    g_ptr_array_add (cells, NULL);
  g_free (cells->pdata[column]);
  cells->pdata[column] = g_strdup (text);
  return TRUE;
}

/* A part of the package, unpacked whole if it is under the cap, or NULL. */
static xmlDoc *
read_part (Reader     *r,
           const char *part,
           gboolean    required)
{
  g_auto(GStrv) names = g_strsplit (part[0] == '/' ? part + 1 : part, "/", -1);
  g_autofree char *display = g_strdup_printf ("%s (%s)", r->file, part);
  g_autoptr(LivcGsfInput) input = gsf_infile_child_by_aname (r->zip, (const char **) names);
  gsf_off_t size;
  const guint8 *data;

  if (input == NULL)
    {
      if (required)
        livc_grid_refuse (r->diag, r->file, NULL, 0, 0,
                          _("the package has no part “%s”: it is no OpenDocument spreadsheet or "
                            "Excel workbook, or it is damaged"), part);
      return NULL;
    }
  size = gsf_input_size (input);
  if (size > LIVC_MAX_FILE_SIZE)
    {
      livc_grid_refuse (r->diag, r->file, NULL, 0, 0,
                        _("the part “%s” unpacks to more than 16 MiB"), part);
      return NULL;
    }
  data = size > 0 ? gsf_input_read (input, (size_t) size, NULL) : NULL;
  if (data == NULL)
    {
      livc_grid_refuse (r->diag, r->file, NULL, 0, 0, _("the part “%s” cannot be unpacked"), part);
      return NULL;
    }
  return livc_xml_read_memory ((const char *) data, (gsize) size, display, r->diag, NULL);
}

static gboolean
is_local (xmlNode    *node,
          const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static char *
ns_prop (xmlNode    *node,
         const char *ns,
         const char *name)
{
  xmlChar *value = xmlGetNsProp (node, X (name), X (ns));
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

static guint
ns_prop_count (xmlNode    *node,
               const char *ns,
               const char *name)
{
  g_autofree char *value = ns_prop (node, ns, name);
  guint64 n;

  if (value == NULL || !g_ascii_string_to_unsigned (value, 10, 1, G_MAXUINT, &n, NULL))
    return 1;
  return (guint) n;
}

/* ODS */

/* A paragraph's text: spaces, tabs and line breaks as ODF marks them, spans and links
 * read through. */
static void
append_ods_text (GString *out,
                 xmlNode *node)
{
  for (xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (n->type == XML_TEXT_NODE)
        g_string_append (out, (const char *) n->content);
      else if (livc_xml_is (n, NS_TEXT, "s"))
        for (guint i = ns_prop_count (n, NS_TEXT, "c"); i > 0 && out->len < G_MAXINT; i--)
          g_string_append_c (out, ' ');
      else if (livc_xml_is (n, NS_TEXT, "tab"))
        g_string_append_c (out, '\t');
      else if (livc_xml_is (n, NS_TEXT, "line-break"))
        g_string_append_c (out, '\n');
      else if (n->type == XML_ELEMENT_NODE && !livc_xml_is (n, NS_OFFICE, "annotation"))
        append_ods_text (out, n);
    }
}

static char *
ods_cell_text (xmlNode *cell)
{
  g_autofree char *type = ns_prop (cell, NS_OFFICE, "value-type");
  GString *out = NULL;

  if (type != NULL && (strcmp (type, "float") == 0 || strcmp (type, "percentage") == 0 ||
                       strcmp (type, "currency") == 0))
    return ns_prop (cell, NS_OFFICE, "value");
  if (type != NULL && strcmp (type, "date") == 0)
    return ns_prop (cell, NS_OFFICE, "date-value");
  if (type != NULL && strcmp (type, "boolean") == 0)
    return ns_prop (cell, NS_OFFICE, "boolean-value");
  for (xmlNode *p = cell->children; p != NULL; p = p->next)
    if (livc_xml_is (p, NS_TEXT, "p") || livc_xml_is (p, NS_TEXT, "h"))
      {
        if (out == NULL)
          out = g_string_new (NULL);
        else
          g_string_append_c (out, '\n');
        append_ods_text (out, p);
      }
  return out ? g_string_free (out, FALSE) : NULL;
}

static gboolean
ods_row (Reader   *r,
         LivcGrid *grid,
         xmlNode  *row,
         guint    *row_index)
{
  guint repeat = ns_prop_count (row, NS_TABLE, "number-rows-repeated");
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  gboolean any = FALSE;
  guint column = 0;

  for (xmlNode *c = row->children; c != NULL; c = c->next)
    {
      guint times;
      g_autofree char *formula = NULL;
      g_autofree char *text = NULL;

      if (!livc_xml_is (c, NS_TABLE, "table-cell") &&
          !livc_xml_is (c, NS_TABLE, "covered-table-cell"))
        continue;
      times = ns_prop_count (c, NS_TABLE, "number-columns-repeated");
      formula = ns_prop (c, NS_TABLE, "formula");
      if (formula != NULL)
        {
          livc_grid_refuse (r->diag, r->file, grid, *row_index, column,
                            _("a formula (%s): type its value instead"), formula);
          return FALSE;
        }
      if (livc_xml_is (c, NS_TABLE, "covered-table-cell") ||
          ns_prop_count (c, NS_TABLE, "number-columns-spanned") > 1 ||
          ns_prop_count (c, NS_TABLE, "number-rows-spanned") > 1)
        {
          livc_grid_refuse (r->diag, r->file, grid, *row_index, column,
                            _("merged cells: unmerge them, one value per cell"));
          return FALSE;
        }
      text = ods_cell_text (c);
      if (text == NULL || *text == '\0')
        {
          column = times > G_MAXUINT - column ? G_MAXUINT : column + times;
          continue;
        }
      for (guint i = 0; i < times; i++, column++)
        {
          if (column >= LIVC_SHEET_READER_MAX_COLUMNS)
            return grid_set (r, grid, *row_index, column, text);
          while (cells->len < column)
            g_ptr_array_add (cells, NULL);
          g_ptr_array_add (cells, g_strdup (text));
          any = TRUE;
        }
    }
  /* Empty rows (LibreOffice writes a million of them at the end as one) take no room. */
  if (!any)
    {
      *row_index = repeat > G_MAXUINT - *row_index ? G_MAXUINT : *row_index + repeat;
      return TRUE;
    }
  for (guint i = 0; i < repeat; i++, (*row_index)++)
    for (guint c = 0; c < cells->len; c++)
      if (cells->pdata[c] != NULL && !grid_set (r, grid, *row_index, c, cells->pdata[c]))
        return FALSE;
  return TRUE;
}

/* Rows inside the table, its header rows and row groups. */
static gboolean
ods_rows (Reader   *r,
          LivcGrid *grid,
          xmlNode  *parent,
          guint    *row_index)
{
  for (xmlNode *n = parent->children; n != NULL; n = n->next)
    {
      if (livc_xml_is (n, NS_TABLE, "table-row"))
        {
          if (!ods_row (r, grid, n, row_index))
            return FALSE;
        }
      else if (livc_xml_is (n, NS_TABLE, "table-header-rows") ||
               livc_xml_is (n, NS_TABLE, "table-rows") ||
               livc_xml_is (n, NS_TABLE, "table-row-group"))
        {
          if (!ods_rows (r, grid, n, row_index))
            return FALSE;
        }
    }
  return TRUE;
}

static void
read_ods (Reader *r,
          xmlDoc *doc)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *body = root->children; body != NULL; body = body->next)
    if (livc_xml_is (body, NS_OFFICE, "body"))
      for (xmlNode *s = body->children; s != NULL; s = s->next)
        if (livc_xml_is (s, NS_OFFICE, "spreadsheet"))
          for (xmlNode *t = s->children; t != NULL; t = t->next)
            if (livc_xml_is (t, NS_TABLE, "table"))
              {
                g_autofree char *name = ns_prop (t, NS_TABLE, "name");
                LivcGrid *grid = grid_new (r, name);
                guint row = 0;

                if (!ods_rows (r, grid, t, &row))
                  return;
              }
}

/* XLSX */

static char *
prop (xmlNode    *node,
      const char *name)
{
  xmlChar *value = xmlGetNoNsProp (node, X (name));
  char *copy = value ? g_strdup ((const char *) value) : NULL;

  xmlFree (value);
  return copy;
}

/* r:id, whichever relationships namespace (transitional or strict) it is in. */
static char *
relation_id (xmlNode *node)
{
  for (xmlAttr *a = node->properties; a != NULL; a = a->next)
    if (a->ns != NULL && strcmp ((const char *) a->name, "id") == 0)
      {
        xmlChar *value = xmlNodeListGetString (node->doc, a->children, 1);
        char *copy = g_strdup (value ? (const char *) value : "");

        xmlFree (value);
        return copy;
      }
  return NULL;
}

/* The texts of <t> elements below node, phonetic guides left out. */
static void
append_xlsx_text (GString *out,
                  xmlNode *node)
{
  for (xmlNode *n = node->children; n != NULL; n = n->next)
    {
      if (is_local (n, "t"))
        {
          xmlChar *value = xmlNodeGetContent (n);

          g_string_append (out, value ? (const char *) value : "");
          xmlFree (value);
        }
      else if (n->type == XML_ELEMENT_NODE && !is_local (n, "rPh"))
        append_xlsx_text (out, n);
    }
}

static GPtrArray *
xlsx_shared_strings (Reader *r)
{
  g_autoptr(LivcXmlDoc) doc = read_part (r, "xl/sharedStrings.xml", FALSE);
  GPtrArray *strings = g_ptr_array_new_with_free_func (g_free);

  if (doc == NULL)
    return strings;
  for (xmlNode *si = xmlDocGetRootElement (doc)->children; si != NULL; si = si->next)
    if (is_local (si, "si"))
      {
        GString *out = g_string_new (NULL);

        append_xlsx_text (out, si);
        g_ptr_array_add (strings, g_string_free (out, FALSE));
      }
  return strings;
}

/* "BC12" → column 54, row 11 (both from 0); FALSE when it is no cell reference. */
static gboolean
parse_reference (const char *ref,
                 guint      *row,
                 guint      *column)
{
  guint64 c = 0, n = 0;
  const char *p = ref;

  while (g_ascii_isalpha (*p) && c <= LIVC_SHEET_READER_MAX_COLUMNS * 26)
    c = c * 26 + (guint64) (g_ascii_toupper (*p++) - 'A' + 1);
  if (p == ref || !g_ascii_isdigit (*p))
    return FALSE;
  if (!g_ascii_string_to_unsigned (p, 10, 1, G_MAXUINT, &n, NULL))
    {
      /* "A1:B2": the first cell of a range. */
      const char *colon = strchr (p, ':');
      g_autofree char *digits = colon ? g_strndup (p, (gsize) (colon - p)) : NULL;

      if (digits == NULL || !g_ascii_string_to_unsigned (digits, 10, 1, G_MAXUINT, &n, NULL))
        return FALSE;
    }
  *column = (guint) MIN (c - 1, G_MAXUINT);
  *row = (guint) (n - 1);
  return TRUE;
}

static char *
xlsx_cell_text (xmlNode   *cell,
                GPtrArray *strings)
{
  g_autofree char *type = prop (cell, "t");
  GString *out = NULL;

  for (xmlNode *n = cell->children; n != NULL; n = n->next)
    if (is_local (n, "v"))
      {
        xmlChar *value = xmlNodeGetContent (n);
        char *text = g_strdup (value ? (const char *) value : "");
        guint64 index;

        xmlFree (value);
        if (g_strcmp0 (type, "s") != 0)
          return text;
        if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &index, NULL) ||
            index >= strings->len)
          index = G_MAXUINT;
        g_free (text);
        return g_strdup (index < strings->len ? (char *) strings->pdata[index] : "");
      }
    else if (is_local (n, "is"))
      {
        out = g_string_new (NULL);
        append_xlsx_text (out, n);
        return g_string_free (out, FALSE);
      }
  return NULL;
}

static gboolean
xlsx_sheet (Reader    *r,
            LivcGrid  *grid,
            xmlDoc    *doc,
            GPtrArray *strings)
{
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *part = root->children; part != NULL; part = part->next)
    if (is_local (part, "mergeCells"))
      for (xmlNode *m = part->children; m != NULL; m = m->next)
        if (is_local (m, "mergeCell"))
          {
            g_autofree char *ref = prop (m, "ref");
            guint row = 0, column = 0;

            parse_reference (ref ? ref : "", &row, &column);
            livc_grid_refuse (r->diag, r->file, grid, row, column,
                              _("merged cells: unmerge them, one value per cell"));
            return FALSE;
          }
  for (xmlNode *data = root->children; data != NULL; data = data->next)
    {
      guint row = 0;

      if (!is_local (data, "sheetData"))
        continue;
      for (xmlNode *rn = data->children; rn != NULL; rn = rn->next)
        {
          g_autofree char *r_attr = NULL;
          guint64 number;
          guint column = 0;

          if (!is_local (rn, "row"))
            continue;
          r_attr = prop (rn, "r");
          if (r_attr != NULL &&
              g_ascii_string_to_unsigned (r_attr, 10, 1, G_MAXUINT, &number, NULL))
            row = (guint) (number - 1);
          for (xmlNode *c = rn->children; c != NULL; c = c->next, column++)
            {
              g_autofree char *ref = NULL;
              g_autofree char *type = NULL;
              g_autofree char *text = NULL;
              guint ref_row;

              if (!is_local (c, "c"))
                continue;
              ref = prop (c, "r");
              if (ref != NULL && !parse_reference (ref, &ref_row, &column))
                column = G_MAXUINT;
              for (xmlNode *f = c->children; f != NULL; f = f->next)
                if (is_local (f, "f"))
                  {
                    xmlChar *formula = xmlNodeGetContent (f);

                    livc_grid_refuse (r->diag, r->file, grid, row, column,
                                      _("a formula (%s): type its value instead"),
                                      formula ? (const char *) formula : "");
                    xmlFree (formula);
                    return FALSE;
                  }
              type = prop (c, "t");
              if (g_strcmp0 (type, "e") == 0)
                {
                  livc_grid_refuse (r->diag, r->file, grid, row, column,
                                    _("an error value: type the value instead"));
                  return FALSE;
                }
              text = xlsx_cell_text (c, strings);
              if (text != NULL && *text != '\0' && !grid_set (r, grid, row, column, text))
                return FALSE;
            }
          row++;
        }
    }
  return TRUE;
}

/* The worksheet a relation id names, as a part name. */
static char *
xlsx_target (xmlDoc     *rels,
             const char *id)
{
  if (rels == NULL || id == NULL)
    return NULL;
  for (xmlNode *n = xmlDocGetRootElement (rels)->children; n != NULL; n = n->next)
    {
      g_autofree char *rel_id = NULL;
      g_autofree char *target = NULL;

      if (!is_local (n, "Relationship"))
        continue;
      rel_id = prop (n, "Id");
      target = prop (n, "Target");
      if (g_strcmp0 (rel_id, id) != 0 || target == NULL)
        continue;
      if (target[0] == '/')
        return g_strdup (target + 1);
      return g_strconcat ("xl/", target, NULL);
    }
  return NULL;
}

static void
read_xlsx (Reader *r,
           xmlDoc *workbook)
{
  g_autoptr(LivcXmlDoc) rels = read_part (r, "xl/_rels/workbook.xml.rels", TRUE);
  g_autoptr(GPtrArray) strings = NULL;

  if (rels == NULL)
    return;
  strings = xlsx_shared_strings (r);
  for (xmlNode *s = xmlDocGetRootElement (workbook)->children; s != NULL; s = s->next)
    if (is_local (s, "sheets"))
      for (xmlNode *sheet = s->children; sheet != NULL; sheet = sheet->next)
        {
          g_autofree char *name = NULL;
          g_autofree char *id = NULL;
          g_autofree char *part = NULL;
          g_autoptr(LivcXmlDoc) doc = NULL;
          LivcGrid *grid;

          if (!is_local (sheet, "sheet"))
            continue;
          name = prop (sheet, "name");
          id = relation_id (sheet);
          part = xlsx_target (rels, id);
          grid = grid_new (r, name);
          if (part == NULL)
            {
              livc_grid_refuse (r->diag, r->file, NULL, 0, 0,
                                _("the sheet “%s” has no worksheet in the package"), grid->name);
              return;
            }
          doc = read_part (r, part, TRUE);
          if (doc == NULL || !xlsx_sheet (r, grid, doc, strings))
            return;
        }
}

/* Every sheet of the spreadsheet at path, in order; NULL with the problems in diag when
 * it cannot be read. An ODS is known by its content.xml, an XLSX by its xl/workbook.xml,
 * whatever the file is called. */
GPtrArray *
livc_sheet_read (const char      *path,
                 LivcDiagnostics *diag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LivcGsfInput) input = NULL;
  g_autoptr(GPtrArray) grids = g_ptr_array_new_with_free_func ((GDestroyNotify) grid_free);
  g_autoptr(LivcXmlDoc) content = NULL;
  g_autoptr(LivcXmlDoc) workbook = NULL;
  Reader r = { path, diag, NULL, grids, livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR) };

  g_return_val_if_fail (path != NULL && diag != NULL, NULL);

  livc_xml_init ();
  /* A pipe or a device would never end: only a regular file is opened. */
  if (g_file_test (path, G_FILE_TEST_EXISTS) && !g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      livc_grid_refuse (r.diag, r.file, NULL, 0, 0, _("this is not a regular file"));
      return NULL;
    }
  input = gsf_input_stdio_new (path, &error);
  if (input == NULL)
    {
      livc_grid_refuse (r.diag, r.file, NULL, 0, 0, _("cannot open the file: %s"), error->message);
      return NULL;
    }
  if (gsf_input_size (input) > LIVC_MAX_FILE_SIZE)
    {
      livc_grid_refuse (r.diag, r.file, NULL, 0, 0, _("the file is larger than 16 MiB"));
      return NULL;
    }
  r.zip = gsf_infile_zip_new (input, &error);
  if (r.zip == NULL)
    {
      livc_grid_refuse (r.diag, r.file, NULL, 0, 0,
                        _("this is no OpenDocument spreadsheet (.ods) or Excel workbook (.xlsx): "
                          "%s"), error ? error->message : "zip");
      return NULL;
    }
  content = read_part (&r, "content.xml", FALSE);
  if (content != NULL)
    read_ods (&r, content);
  else if (!failed (&r) && (workbook = read_part (&r, "xl/workbook.xml", TRUE)) != NULL)
    read_xlsx (&r, workbook);
  g_object_unref (r.zip);
  if (failed (&r))
    return NULL;
  return g_steal_pointer (&grids);
}

const char *
livc_grid_get (LivcGrid *grid,
               guint     row,
               guint     column)
{
  GPtrArray *cells;

  if (row >= grid->rows->len)
    return NULL;
  cells = g_ptr_array_index (grid->rows, row);
  return column < cells->len ? g_ptr_array_index (cells, column) : NULL;
}

/* Rows up to the last one that holds a cell, the header included. */
guint
livc_grid_get_n_rows (LivcGrid *grid)
{
  return grid->rows->len;
}

/* A1, B12, AA3: the name a spreadsheet shows, from a row and column counted from 0. */
char *
livc_cell_name (guint row,
                guint column)
{
  char letters[8];
  guint n = 0;
  GString *out = g_string_new (NULL);

  column = MIN (column, LIVC_SHEET_READER_MAX_COLUMNS * 26) + 1;
  while (column > 0 && n < sizeof letters)
    {
      letters[n++] = (char) ('A' + (column - 1) % 26);
      column = (column - 1) / 26;
    }
  while (n > 0)
    g_string_append_c (out, letters[--n]);
  g_string_append_printf (out, "%u", row + 1);
  return g_string_free (out, FALSE);
}

/* FILE:SHEET!CELL, what a problem names. */
char *
livc_cell_location (const char *file,
                    LivcGrid   *grid,
                    guint       row,
                    guint       column)
{
  g_autofree char *cell = livc_cell_name (row, column);

  return g_strdup_printf ("%s:%s!%s", file, grid->name, cell);
}

/* A problem of the cell at row and column of grid (counted from 0), or of the whole file
 * when grid is NULL. */
void
livc_grid_refuse (LivcDiagnostics *diag,
                  const char      *file,
                  LivcGrid        *grid,
                  guint            row,
                  guint            column,
                  const char      *format,
                  ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  where = grid != NULL ? livc_cell_location (file, grid, row, column) : g_strdup (file);
  livc_diagnostics_add (diag, LIVC_SEVERITY_ERROR, where, 0, "%s", message);
}
