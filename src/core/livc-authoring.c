/* livc-authoring.c: a questionnaire as an authoring spreadsheet, and back.
 *
 * Every sheet has a header row of column names that never change with the language
 * (`id`, `weight`, `text.nl`, `guidance.fr`…), so that coaches of both communities share
 * one file; a translated text has a column per language. The import writes the XML in the
 * format's order and has the loader check it, so that the spreadsheet passes exactly the
 * rules of a hand-written file; each of the loader's problems is reported at the sheet and
 * row its XML line was written from.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-authoring.h"
#include "livc-csv.h"
#include "livc-loader.h"
#include "livc-sheet-reader.h"

#define SHEET_QUESTIONNAIRE   "questionnaire"
#define SHEET_LEVELS          "levels"
#define SHEET_STAGES          "stages"
#define SHEET_DOMAINS         "domains"
#define SHEET_ITEMS           "items"
#define SHEET_RECOMMENDATIONS "recommendations"

typedef struct
{
  const char *name;
  gboolean    required;
  const char *columns[8]; /* plain columns, NULL-terminated */
  const char *texts[3];   /* translated columns: name.LANG */
} SheetSpec;

static const SheetSpec specs[] = {
  { SHEET_QUESTIONNAIRE, TRUE, { "id", "version", "source-lang" }, { "title", "description" } },
  { SHEET_LEVELS, TRUE, { "scale", "value" }, { "label", "description" } },
  { SHEET_STAGES, FALSE, { "id", "min" }, { "label", "description" } },
  { SHEET_DOMAINS, TRUE, { "id", "weight" }, { "title", "description" } },
  { SHEET_ITEMS, TRUE, { "domain", "number", "id", "scale", "weight", "basis", "references" },
    { "text", "guidance" } },
  { SHEET_RECOMMENDATIONS, FALSE, { "domain", "min", "max", "item", "below" }, { "text" } },
};

enum { QUESTIONNAIRE, LEVELS, STAGES, DOMAINS, ITEMS, RECOMMENDATIONS, N_SHEETS };

/* Export */

static void
collect_langs (GPtrArray      *langs,
               const LivcText *text)
{
  for (guint i = 0; text != NULL && i < livc_text_get_n_langs (text); i++)
    {
      const char *lang = livc_text_get_lang (text, i);

      if (!g_ptr_array_find_with_equal_func (langs, lang, g_str_equal, NULL))
        g_ptr_array_add (langs, (char *) lang);
    }
}

/* Every language the questionnaire has a text in: nl, fr and en first, in that order, then
 * the others as they come. */
static GPtrArray *
questionnaire_langs (LivcQuestionnaire *q)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GPtrArray *langs = g_ptr_array_new ();
  GListModel *scales = livc_questionnaire_get_scales (q);
  GListModel *stages = livc_questionnaire_get_stages (q);
  GListModel *domains = livc_questionnaire_get_domains (q);
  static const char *first[] = { "nl", "fr", "en" };

  collect_langs (found, livc_questionnaire_get_title (q));
  collect_langs (found, livc_questionnaire_get_description (q));
  for (guint s = 0; s < g_list_model_get_n_items (scales); s++)
    {
      g_autoptr(LivcScale) scale = g_list_model_get_item (scales, s);

      for (guint l = 0; l < livc_scale_get_n_levels (scale); l++)
        {
          collect_langs (found, livc_scale_get_level (scale, l)->label);
          collect_langs (found, livc_scale_get_level (scale, l)->description);
        }
    }
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);

      collect_langs (found, livc_stage_get_label (stage));
      collect_langs (found, livc_stage_get_description (stage));
    }
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);
      GListModel *recs = livc_domain_get_recommendations (domain);

      collect_langs (found, livc_domain_get_title (domain));
      collect_langs (found, livc_domain_get_description (domain));
      for (guint r = 0; r < g_list_model_get_n_items (recs); r++)
        {
          g_autoptr(LivcRecommendation) rec = g_list_model_get_item (recs, r);

          collect_langs (found, livc_recommendation_get_text (rec));
        }
    }
  for (guint i = 0; i < livc_questionnaire_get_n_items (q); i++)
    {
      LivcItem *item = livc_questionnaire_get_item (q, i);

      collect_langs (found, livc_item_get_text (item));
      collect_langs (found, livc_item_get_guidance (item));
    }
  for (guint i = 0; i < G_N_ELEMENTS (first); i++)
    if (g_ptr_array_find_with_equal_func (found, first[i], g_str_equal, NULL))
      g_ptr_array_add (langs, (char *) first[i]);
  for (guint i = 0; i < found->len; i++)
    if (!g_ptr_array_find_with_equal_func (langs, found->pdata[i], g_str_equal, NULL))
      g_ptr_array_add (langs, found->pdata[i]);
  return langs;
}

/* A sheet's table: its plain columns, then a column per translated text and language. */
static LivcTable *
add_table (LivcSheet       *sheet,
           const SheetSpec *spec,
           GPtrArray       *langs)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);

  for (guint c = 0; spec->columns[c] != NULL; c++)
    g_ptr_array_add (ids, g_strdup (spec->columns[c]));
  for (guint t = 0; t < G_N_ELEMENTS (spec->texts) && spec->texts[t] != NULL; t++)
    for (guint l = 0; l < langs->len; l++)
      g_ptr_array_add (ids, g_strdup_printf ("%s.%s", spec->texts[t],
                                             (char *) langs->pdata[l]));
  g_ptr_array_add (ids, NULL);
  return livc_sheet_add_table (sheet, spec->name, (const char * const *) ids->pdata,
                               (const char * const *) ids->pdata);
}

static void
add_number (LivcTable *table,
            double     value)
{
  g_autofree char *text = livc_csv_format_number (value);

  livc_table_add_number (table, text);
}

static void
add_texts (LivcTable      *table,
           GPtrArray      *langs,
           const LivcText *text)
{
  for (guint l = 0; l < langs->len; l++)
    livc_table_add_text (table, text ? livc_text_get_exact (text, langs->pdata[l]) : NULL);
}

static void
export_domain (LivcSheet  *sheet,
               LivcDomain *domain,
               GPtrArray  *langs)
{
  LivcTable *domains = livc_sheet_get_table (sheet, DOMAINS);
  LivcTable *items = livc_sheet_get_table (sheet, ITEMS);
  LivcTable *recommendations = livc_sheet_get_table (sheet, RECOMMENDATIONS);
  GListModel *list = livc_domain_get_items (domain);
  GListModel *recs = livc_domain_get_recommendations (domain);

  livc_table_add_text (domains, livc_domain_get_id (domain));
  add_number (domains, livc_domain_get_weight (domain));
  add_texts (domains, langs, livc_domain_get_title (domain));
  add_texts (domains, langs, livc_domain_get_description (domain));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (list, i);
      g_autofree char *number = livc_item_dup_number (item);
      g_autofree char *references = g_strjoinv ("\n", (char **) livc_item_get_references (item));

      livc_table_add_text (items, livc_domain_get_id (domain));
      livc_table_add_text (items, number);
      livc_table_add_text (items, livc_item_get_id (item));
      livc_table_add_text (items, livc_scale_get_id (livc_item_get_scale (item)));
      add_number (items, livc_item_get_weight (item));
      livc_table_add_text (items, livc_item_get_basis (item) == LIVC_BASIS_LEGAL ? "legal"
                                                                                 : "practice");
      livc_table_add_text (items, references);
      add_texts (items, langs, livc_item_get_text (item));
      add_texts (items, langs, livc_item_get_guidance (item));
    }
  for (guint r = 0; r < g_list_model_get_n_items (recs); r++)
    {
      g_autoptr(LivcRecommendation) rec = g_list_model_get_item (recs, r);
      gboolean band = livc_recommendation_get_kind (rec) == LIVC_RECOMMENDATION_BAND;

      livc_table_add_text (recommendations, livc_domain_get_id (domain));
      if (band)
        {
          add_number (recommendations, livc_recommendation_get_min (rec));
          add_number (recommendations, livc_recommendation_get_max (rec));
          livc_table_add_text (recommendations, NULL);
          livc_table_add_text (recommendations, NULL);
        }
      else
        {
          livc_table_add_text (recommendations, NULL);
          livc_table_add_text (recommendations, NULL);
          livc_table_add_text (recommendations, livc_recommendation_get_item_id (rec));
          add_number (recommendations, livc_recommendation_get_below (rec));
        }
      add_texts (recommendations, langs, livc_recommendation_get_text (rec));
    }
}

/* The authoring spreadsheet of a questionnaire: what its import turns back into the same
 * questionnaire. */
LivcSheet *
livc_questionnaire_to_sheet (LivcQuestionnaire *q)
{
  g_autoptr(GPtrArray) langs = NULL;
  LivcSheet *sheet;
  LivcTable *table;
  GListModel *scales, *stages, *domains;

  g_return_val_if_fail (LIVC_IS_QUESTIONNAIRE (q), NULL);

  langs = questionnaire_langs (q);
  sheet = livc_sheet_new ();
  for (guint s = 0; s < N_SHEETS; s++)
    add_table (sheet, &specs[s], langs);

  table = livc_sheet_get_table (sheet, QUESTIONNAIRE);
  livc_table_add_text (table, livc_questionnaire_get_id (q));
  livc_table_add_text (table, livc_questionnaire_get_version (q));
  livc_table_add_text (table, livc_questionnaire_get_source_lang (q));
  add_texts (table, langs, livc_questionnaire_get_title (q));
  add_texts (table, langs, livc_questionnaire_get_description (q));

  table = livc_sheet_get_table (sheet, LEVELS);
  scales = livc_questionnaire_get_scales (q);
  for (guint s = 0; s < g_list_model_get_n_items (scales); s++)
    {
      g_autoptr(LivcScale) scale = g_list_model_get_item (scales, s);

      for (guint l = 0; l < livc_scale_get_n_levels (scale); l++)
        {
          const LivcLevel *level = livc_scale_get_level (scale, l);

          livc_table_add_text (table, livc_scale_get_id (scale));
          add_number (table, level->value);
          add_texts (table, langs, level->label);
          add_texts (table, langs, level->description);
        }
    }

  table = livc_sheet_get_table (sheet, STAGES);
  stages = livc_questionnaire_get_stages (q);
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);

      livc_table_add_text (table, livc_stage_get_id (stage));
      add_number (table, livc_stage_get_min (stage));
      add_texts (table, langs, livc_stage_get_label (stage));
      add_texts (table, langs, livc_stage_get_description (stage));
    }

  domains = livc_questionnaire_get_domains (q);
  for (guint d = 0; d < g_list_model_get_n_items (domains); d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (domains, d);

      export_domain (sheet, domain, langs);
    }
  return sheet;
}

/* Import */

typedef struct
{
  guint     line;
  LivcGrid *grid;
  guint     row;
} Mark;

typedef struct
{
  LivcGrid   *grid;
  GHashTable *columns; /* name → column + 1 */
  GPtrArray  *names;   /* column names in sheet order, for the translated ones */
} Sheet;

typedef struct
{
  const char      *file;
  LivcDiagnostics *diag;
  guint            first_error;
  Sheet            sheets[N_SHEETS];
  GString         *xml;
  guint            line;
  GArray          *marks;
} Import;

static gboolean
failed (Import *im)
{
  return livc_diagnostics_count (im->diag, LIVC_SEVERITY_ERROR) > im->first_error;
}

/* "text.nl" names a translated column of spec; the language after the dot is a tag. */
static gboolean
is_text_column (const SheetSpec *spec,
                const char      *name)
{
  const char *dot = strchr (name, '.');

  if (dot == NULL || dot[1] == '\0' || strlen (dot + 1) > 35)
    return FALSE;
  for (const char *p = dot + 1; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;
  for (guint t = 0; t < G_N_ELEMENTS (spec->texts) && spec->texts[t] != NULL; t++)
    if (strlen (spec->texts[t]) == (gsize) (dot - name) &&
        strncmp (spec->texts[t], name, (gsize) (dot - name)) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_plain_column (const SheetSpec *spec,
                 const char      *name)
{
  for (guint c = 0; spec->columns[c] != NULL; c++)
    if (strcmp (spec->columns[c], name) == 0)
      return TRUE;
  return FALSE;
}

static void
read_header (Import          *im,
             const SheetSpec *spec,
             Sheet           *sheet)
{
  LivcGrid *grid = sheet->grid;
  guint n = grid->rows->len > 0 ? ((GPtrArray *) grid->rows->pdata[0])->len : 0;

  if (n == 0)
    {
      livc_grid_refuse (im->diag, im->file, grid, 0, 0,
                        _("the sheet has no header row of column names"));
      return;
    }
  for (guint c = 0; c < n; c++)
    {
      const char *name = livc_grid_get (grid, 0, c);

      if (name == NULL)
        continue;
      if (!is_plain_column (spec, name) && !is_text_column (spec, name))
        livc_grid_refuse (im->diag, im->file, grid, 0, c, _("unknown column “%s”"), name);
      else if (g_hash_table_contains (sheet->columns, name))
        livc_grid_refuse (im->diag, im->file, grid, 0, c, _("the column “%s” comes twice"), name);
      else
        {
          g_hash_table_insert (sheet->columns, g_strdup (name), GUINT_TO_POINTER (c + 1));
          g_ptr_array_add (sheet->names, g_strdup (name));
        }
    }
}

static gboolean
find_sheets (Import    *im,
             GPtrArray *grids)
{
  for (guint s = 0; s < N_SHEETS; s++)
    {
      Sheet *sheet = &im->sheets[s];

      sheet->columns = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      sheet->names = g_ptr_array_new_with_free_func (g_free);
      for (guint g = 0; g < grids->len && sheet->grid == NULL; g++)
        if (strcmp (((LivcGrid *) grids->pdata[g])->name, specs[s].name) == 0)
          sheet->grid = grids->pdata[g];
      if (sheet->grid != NULL)
        read_header (im, &specs[s], sheet);
      else if (specs[s].required)
        livc_grid_refuse (im->diag, im->file, NULL, 0, 0,
                          _("the sheet “%s” is missing"), specs[s].name);
    }
  return !failed (im);
}

static int
column_of (Sheet      *sheet,
           const char *name)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (sheet->columns, name)) - 1;
}

/* A cell's text, without the quote that neutralised a formula-like start on export. */
static const char *
cell (Sheet      *sheet,
      guint       row,
      const char *name)
{
  int column = sheet->grid ? column_of (sheet, name) : -1;
  const char *text = column >= 0 ? livc_grid_get (sheet->grid, row, (guint) column) : NULL;

  if (text != NULL && text[0] == '\'' && livc_cell_needs_quote (text + 1))
    text++;
  return text != NULL && *text != '\0' ? text : NULL;
}

static gboolean
row_is_empty (LivcGrid *grid,
              guint     row)
{
  GPtrArray *cells = g_ptr_array_index (grid->rows, row);

  for (guint c = 0; c < cells->len; c++)
    if (cells->pdata[c] != NULL && *(char *) cells->pdata[c] != '\0')
      return FALSE;
  return TRUE;
}

static void
append (Import     *im,
        const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      im->line++;
  g_string_append (im->xml, text);
}

static void
append_escaped (Import     *im,
                const char *text,
                gboolean    attribute)
{
  g_autofree char *safe = livc_sheet_dup_safe (text);
  GString *out = g_string_new (NULL);

  for (const char *p = safe; *p != '\0'; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, attribute ? "&quot;" : "\""); break;
      case '\r': g_string_append (out, "&#13;"); break;
      case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); break;
      case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); break;
      default: g_string_append_c (out, *p); break;
      }
  append (im, out->str);
  g_string_free (out, TRUE);
}

/* "\n  <name", marking the row it comes from. */
static void
start_element (Import     *im,
               guint       depth,
               const char *name,
               Sheet      *sheet,
               guint       row)
{
  Mark mark = { im->line + 1, sheet ? sheet->grid : NULL, row };

  append (im, "\n");
  for (guint i = 0; i < depth; i++)
    append (im, "  ");
  append (im, "<");
  append (im, name);
  if (sheet != NULL)
    g_array_append_val (im->marks, mark);
}

static void
end_element (Import     *im,
             guint       depth,
             const char *name)
{
  append (im, "\n");
  for (guint i = 0; i < depth; i++)
    append (im, "  ");
  append (im, "</");
  append (im, name);
  append (im, ">");
}

static void
attribute (Import     *im,
           const char *name,
           const char *value)
{
  if (value == NULL)
    return;
  append (im, " ");
  append (im, name);
  append (im, "=\"");
  append_escaped (im, value, TRUE);
  append (im, "\"");
}

/* A number attribute in the shortest form that reads back as the cell's value. */
static void
number_attribute (Import     *im,
                  Sheet      *sheet,
                  guint       row,
                  const char *column,
                  const char *name)
{
  const char *text = cell (sheet, row, column);
  g_autofree char *formatted = NULL;
  char *end = NULL;
  double value;

  if (text == NULL)
    return;
  value = g_ascii_strtod (text, &end);
  while (end != NULL && g_ascii_isspace (*end))
    end++;
  if (end == text || end == NULL || *end != '\0' || !isfinite (value))
    {
      livc_grid_refuse (im->diag, im->file, sheet->grid, row, (guint) column_of (sheet, column),
                        _("“%s” is no number"), text);
      return;
    }
  formatted = livc_csv_format_number (value);
  attribute (im, name, formatted);
}

/* <name xml:lang="L">text</name> for each language column of prefix, in sheet order. */
static void
texts (Import     *im,
       guint       depth,
       Sheet      *sheet,
       guint       row,
       const char *prefix,
       const char *element)
{
  gsize len = strlen (prefix);

  for (guint i = 0; i < sheet->names->len; i++)
    {
      const char *name = sheet->names->pdata[i];
      const char *text;

      if (strncmp (name, prefix, len) != 0 || name[len] != '.')
        continue;
      text = cell (sheet, row, name);
      if (text == NULL)
        continue;
      start_element (im, depth, element, NULL, 0);
      attribute (im, "xml:lang", name + len + 1);
      append (im, ">");
      append_escaped (im, text, FALSE);
      append (im, "</");
      append (im, element);
      append (im, ">");
    }
}

static void
close_start (Import *im)
{
  append (im, ">");
}

static void
write_levels (Import *im)
{
  Sheet *sheet = &im->sheets[LEVELS];
  g_autoptr(GPtrArray) scales = g_ptr_array_new ();

  for (guint r = 1; r < sheet->grid->rows->len; r++)
    {
      const char *scale = cell (sheet, r, "scale");

      if (!row_is_empty (sheet->grid, r) &&
          !g_ptr_array_find_with_equal_func (scales, scale ? scale : "", g_str_equal, NULL))
        g_ptr_array_add (scales, (char *) (scale ? scale : ""));
    }
  if (scales->len == 0)
    livc_grid_refuse (im->diag, im->file, sheet->grid, 1, 0,
                      _("no level under the header: a scale needs levels"));
  for (guint s = 0; s < scales->len; s++)
    {
      gboolean first = TRUE;

      for (guint r = 1; r < sheet->grid->rows->len; r++)
        {
          const char *scale = cell (sheet, r, "scale");

          if (row_is_empty (sheet->grid, r) ||
              g_strcmp0 (scale ? scale : "", scales->pdata[s]) != 0)
            continue;
          if (first)
            {
              start_element (im, 1, "scale", sheet, r);
              attribute (im, "id", scales->pdata[s]);
              close_start (im);
              first = FALSE;
            }
          start_element (im, 2, "level", sheet, r);
          number_attribute (im, sheet, r, "value", "value");
          close_start (im);
          texts (im, 3, sheet, r, "label", "label");
          texts (im, 3, sheet, r, "description", "description");
          end_element (im, 2, "level");
        }
      end_element (im, 1, "scale");
    }
}

static void
write_stages (Import *im)
{
  Sheet *sheet = &im->sheets[STAGES];
  gboolean first = TRUE;

  for (guint r = 1; sheet->grid != NULL && r < sheet->grid->rows->len; r++)
    {
      if (row_is_empty (sheet->grid, r))
        continue;
      if (first)
        {
          start_element (im, 1, "stages", sheet, r);
          close_start (im);
          first = FALSE;
        }
      start_element (im, 2, "stage", sheet, r);
      attribute (im, "id", cell (sheet, r, "id") ? cell (sheet, r, "id") : "");
      if (cell (sheet, r, "min") == NULL)
        attribute (im, "min", "");
      else
        number_attribute (im, sheet, r, "min", "min");
      close_start (im);
      texts (im, 3, sheet, r, "label", "label");
      texts (im, 3, sheet, r, "description", "description");
      end_element (im, 2, "stage");
    }
  if (!first)
    end_element (im, 1, "stages");
}

/* The rows of sheet s that belong to a domain, checked against the domains sheet. */
static void
check_domains (Import *im,
               guint   s)
{
  Sheet *sheet = &im->sheets[s];
  Sheet *domains = &im->sheets[DOMAINS];

  for (guint r = 1; sheet->grid != NULL && r < sheet->grid->rows->len; r++)
    {
      const char *domain = cell (sheet, r, "domain");
      guint column = (guint) MAX (column_of (sheet, "domain"), 0);
      gboolean found = FALSE;

      if (row_is_empty (sheet->grid, r))
        continue;
      for (guint d = 1; !found && d < domains->grid->rows->len; d++)
        found = domain != NULL && g_strcmp0 (cell (domains, d, "id"), domain) == 0;
      if (!found && domain != NULL)
        livc_grid_refuse (im->diag, im->file, sheet->grid, r, column,
                          _("the domain “%s” is not on the sheet “domains”"), domain);
      else if (!found)
        livc_grid_refuse (im->diag, im->file, sheet->grid, r, column,
                          _("the row names no domain"));
    }
}

static void
write_item (Import *im,
            guint   r)
{
  Sheet *sheet = &im->sheets[ITEMS];
  const char *references = cell (sheet, r, "references");

  start_element (im, 2, "item", sheet, r);
  attribute (im, "id", cell (sheet, r, "id") ? cell (sheet, r, "id") : "");
  attribute (im, "scale", cell (sheet, r, "scale"));
  number_attribute (im, sheet, r, "weight", "weight");
  attribute (im, "basis", cell (sheet, r, "basis"));
  close_start (im);
  texts (im, 3, sheet, r, "text", "text");
  texts (im, 3, sheet, r, "guidance", "guidance");
  if (references != NULL)
    {
      g_auto(GStrv) lines = g_strsplit (references, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_strstrip (lines[i]);
          if (lines[i][0] == '\0')
            continue;
          start_element (im, 3, "reference", NULL, 0);
          close_start (im);
          append_escaped (im, lines[i], FALSE);
          append (im, "</reference>");
        }
    }
  end_element (im, 2, "item");
}

static void
write_recommendation (Import *im,
                      guint   r)
{
  Sheet *sheet = &im->sheets[RECOMMENDATIONS];

  start_element (im, 2, "recommendation", sheet, r);
  number_attribute (im, sheet, r, "min", "min");
  number_attribute (im, sheet, r, "max", "max");
  attribute (im, "item", cell (sheet, r, "item"));
  number_attribute (im, sheet, r, "below", "below");
  close_start (im);
  texts (im, 3, sheet, r, "text", "text");
  end_element (im, 2, "recommendation");
}

static void
write_domains (Import *im)
{
  Sheet *domains = &im->sheets[DOMAINS];
  Sheet *items = &im->sheets[ITEMS];
  Sheet *recs = &im->sheets[RECOMMENDATIONS];

  check_domains (im, ITEMS);
  check_domains (im, RECOMMENDATIONS);
  for (guint d = 1; d < domains->grid->rows->len; d++)
    {
      const char *id = cell (domains, d, "id");

      if (row_is_empty (domains->grid, d))
        continue;
      start_element (im, 1, "domain", domains, d);
      attribute (im, "id", id ? id : "");
      number_attribute (im, domains, d, "weight", "weight");
      close_start (im);
      texts (im, 2, domains, d, "title", "title");
      texts (im, 2, domains, d, "description", "description");
      for (guint r = 1; id != NULL && r < items->grid->rows->len; r++)
        if (!row_is_empty (items->grid, r) && g_strcmp0 (cell (items, r, "domain"), id) == 0)
          write_item (im, r);
      for (guint r = 1; id != NULL && recs->grid != NULL && r < recs->grid->rows->len; r++)
        if (!row_is_empty (recs->grid, r) && g_strcmp0 (cell (recs, r, "domain"), id) == 0)
          write_recommendation (im, r);
      end_element (im, 1, "domain");
    }
}

static void
write_questionnaire (Import *im)
{
  Sheet *sheet = &im->sheets[QUESTIONNAIRE];
  guint row = 0;

  for (guint r = 1; r < sheet->grid->rows->len; r++)
    if (!row_is_empty (sheet->grid, r))
      {
        if (row != 0)
          {
            livc_grid_refuse (im->diag, im->file, sheet->grid, r, 0,
                              _("a second questionnaire: this sheet has one row under its header"));
            return;
          }
        row = r;
      }
  if (row == 0)
    {
      livc_grid_refuse (im->diag, im->file, sheet->grid, 1, 0,
                        _("no row under the header: the questionnaire’s id, version and title go "
                          "here"));
      return;
    }
  append (im, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
  start_element (im, 0, "questionnaire", sheet, row);
  attribute (im, "xmlns", LIVC_QUESTIONNAIRE_NS);
  attribute (im, "id", cell (sheet, row, "id") ? cell (sheet, row, "id") : "");
  attribute (im, "version", cell (sheet, row, "version") ? cell (sheet, row, "version") : "");
  attribute (im, "source-lang", cell (sheet, row, "source-lang"));
  close_start (im);
  texts (im, 1, sheet, row, "title", "title");
  texts (im, 1, sheet, row, "description", "description");
  write_levels (im);
  write_stages (im);
  write_domains (im);
  end_element (im, 0, "questionnaire");
  append (im, "\n");
}

/* The loader's problems, at the sheet and row of the XML line each names. */
static void
report_problems (Import          *im,
                 LivcDiagnostics *loaded)
{
  for (guint i = 0; i < livc_diagnostics_get_n (loaded); i++)
    {
      const LivcProblem *p = livc_diagnostics_get (loaded, i);
      const Mark *best = NULL;
      g_autofree char *where = NULL;

      for (guint m = 0; m < im->marks->len; m++)
        if (g_array_index (im->marks, Mark, m).line <= (guint) MAX (p->line, 0))
          best = &g_array_index (im->marks, Mark, m);
      where = best != NULL && p->line > 0 ? livc_cell_location (im->file, best->grid, best->row, 0)
                                          : g_strdup (im->file);
      livc_diagnostics_add (im->diag, p->severity, where, 0, "%s", p->message);
    }
}

/* The questionnaire XML of the authoring spreadsheet at path (ODS or XLSX), checked by the
 * loader as any questionnaire file; NULL with the problems in diag, each naming
 * FILE:SHEET!CELL. */
GBytes *
livc_questionnaire_from_sheet (const char      *path,
                               LivcDiagnostics *diag)
{
  g_autoptr(GPtrArray) grids = NULL;
  g_autoptr(LivcDiagnostics) loaded = livc_diagnostics_new ();
  g_autoptr(LivcQuestionnaire) q = NULL;
  g_autoptr(GBytes) bytes = NULL;
  Import im = { path, diag, livc_diagnostics_count (diag, LIVC_SEVERITY_ERROR) };

  g_return_val_if_fail (path != NULL && diag != NULL, NULL);

  grids = livc_sheet_read (path, diag);
  if (grids == NULL)
    return NULL;
  im.xml = g_string_new (NULL);
  im.line = 1;
  im.marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  if (find_sheets (&im, grids))
    write_questionnaire (&im);
  if (!failed (&im))
    {
      bytes = g_bytes_new (im.xml->str, im.xml->len);
      q = livc_load_questionnaire_bytes (bytes, path, loaded, NULL);
      report_problems (&im, loaded);
    }
  for (guint s = 0; s < N_SHEETS; s++)
    {
      g_clear_pointer (&im.sheets[s].columns, g_hash_table_unref);
      g_clear_pointer (&im.sheets[s].names, g_ptr_array_unref);
    }
  g_string_free (im.xml, TRUE);
  g_array_unref (im.marks);
  return q != NULL ? g_steal_pointer (&bytes) : NULL;
}
