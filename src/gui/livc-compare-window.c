/* livc-compare-window.c: the compare window: loading in the background, the table of
 * domain scores (sortable by every column, filtered by region, stage, dates and name),
 * the overlaid radar with its legend, and the window's actions. The trend, the peers and
 * the export are in livc-compare-views.c.
 *
 * Only assessments of one questionnaire can be compared: the one most files answer. As
 * files arrive that may change, and the comparison is then rebuilt from what has loaded;
 * the others are named at the end, with the reason, among the problems.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "livc-compare-util.h"
#include "livc-compare-window-private.h"
#include "livc-window.h"

G_DEFINE_FINAL_TYPE (LivcCompareWindow, livc_compare_window, ADW_TYPE_APPLICATION_WINDOW)

/* Columns; a domain's is COLUMN_DOMAIN + its index. */
enum
{
  COLUMN_NAME,
  COLUMN_DATE,
  COLUMN_PROVINCE,
  COLUMN_REGION,
  COLUMN_OVERALL,
  COLUMN_STAGE,
  COLUMN_DOMAIN,
};

static void update_shown (LivcCompareWindow *self);

static GSettings *
app_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE) : NULL;

  return schema != NULL ? g_settings_new_full (schema, NULL, NULL) : NULL;
}

void
livc_compare_window_toast (LivcCompareWindow *self,
                           const char        *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* The table */

static int
compare_numbers (double a,
                 double b)
{
  /* No score sorts after every score, whichever the direction asked for. */
  if (isnan (a) || isnan (b))
    return isnan (a) - isnan (b);
  return (a > b) - (a < b);
}

static int
sort_rows (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  LivcCompareRow *x = (LivcCompareRow *) a;
  LivcCompareRow *y = (LivcCompareRow *) b;
  int column = GPOINTER_TO_INT (user_data);
  int c;

  switch (column)
    {
    case COLUMN_NAME:
      c = g_utf8_collate (livc_compare_row_get_name (x), livc_compare_row_get_name (y));
      break;
    case COLUMN_DATE:
      c = g_strcmp0 (livc_compare_row_get_date (x), livc_compare_row_get_date (y));
      break;
    case COLUMN_PROVINCE:
      c = g_utf8_collate (livc_compare_row_get_province_name (x), livc_compare_row_get_province_name (y));
      break;
    case COLUMN_REGION:
      c = g_utf8_collate (livc_compare_row_get_region_name (x), livc_compare_row_get_region_name (y));
      break;
    case COLUMN_STAGE:
      c = livc_compare_row_get_stage (x) - livc_compare_row_get_stage (y);
      break;
    case COLUMN_OVERALL:
      c = compare_numbers (livc_compare_row_get_score (x, LIVC_COMPARISON_OVERALL),
                           livc_compare_row_get_score (y, LIVC_COMPARISON_OVERALL));
      break;
    default:
      c = compare_numbers (livc_compare_row_get_score (x, (guint) (column - COLUMN_DOMAIN)),
                           livc_compare_row_get_score (y, (guint) (column - COLUMN_DOMAIN)));
      break;
    }
  /* Ties keep the files' order, so that the table does not shuffle. */
  if (c == 0)
    c = (livc_compare_row_get_index (x) > livc_compare_row_get_index (y)) -
        (livc_compare_row_get_index (x) < livc_compare_row_get_index (y));
  return c < 0 ? GTK_ORDERING_SMALLER : c > 0 ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

static char *
cell_text (LivcCompareWindow *self,
           LivcCompareRow    *row,
           int                column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (livc_compare_row_get_name (row));
    case COLUMN_DATE:
      return g_strdup (livc_compare_row_get_date (row));
    case COLUMN_PROVINCE:
      return g_strdup (livc_compare_row_get_province_name (row));
    case COLUMN_REGION:
      return g_strdup (livc_compare_row_get_region_name (row));
    case COLUMN_STAGE:
      return g_strdup (livc_compare_row_get_stage_name (row));
    case COLUMN_OVERALL:
      return livc_format_percent (livc_compare_row_get_score (row, LIVC_COMPARISON_OVERALL), self->lang);
    default:
      return livc_format_percent (livc_compare_row_get_score (row, (guint) (column - COLUMN_DOMAIN)), self->lang);
    }
}

static void
setup_label (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  int column = GPOINTER_TO_INT (user_data);
  GtkWidget *label = gtk_label_new (NULL);

  if (column >= COLUMN_OVERALL && column != COLUMN_STAGE)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_label (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  LivcCompareWindow *self = g_object_get_data (G_OBJECT (factory), "window");
  LivcCompareRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = cell_text (self, row, GPOINTER_TO_INT (user_data));

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static GtkColumnViewColumn *
add_column (LivcCompareWindow *self,
            const char        *title,
            int                column,
            const char        *id)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;
  g_autoptr(GtkSorter) sorter = GTK_SORTER (gtk_custom_sorter_new (sort_rows, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "window", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_resizable (col, TRUE);
  /* Fixed widths: the table then never measures its cells to size its columns, which
   * would cost a frame at every batch while files load. */
  gtk_column_view_column_set_fixed_width (col, column == COLUMN_NAME ? 170 : column == COLUMN_DATE ? 105
                                               : column == COLUMN_OVERALL ? 80 : 120);
  g_object_set_data_full (G_OBJECT (col), "column-id", g_strdup (id), g_free);
  gtk_column_view_append_column (self->table, col);
  return col;
}

/* The check button of the "show on the radar" column follows the row's "shown". */
static void
setup_check (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  gtk_list_item_set_child (item, check);
}

static void
bind_check (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  user_data)
{
  LivcCompareRow *row = gtk_list_item_get_item (item);
  GtkWidget *check = gtk_list_item_get_child (item);
  GBinding *binding = g_object_bind_property (row, "shown", check, "active",
                                              G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_autofree char *label = g_strdup_printf (_("Show %s on the radar"), livc_compare_row_get_name (row));

  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (item), "binding", binding);
}

static void
unbind_check (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "binding");

  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "binding", NULL);
}

/* The domain columns follow the reference questionnaire: the newest version loaded. */
static void
rebuild_domain_columns (LivcCompareWindow *self)
{
  LivcQuestionnaire *q = self->comparison ? livc_comparison_get_questionnaire (self->comparison) : NULL;
  GListModel *stages;

  if (q == self->reference)
    return;
  g_set_object (&self->reference, q);
  for (guint i = 0; i < self->domain_columns->len; i++)
    gtk_column_view_remove_column (self->table, g_ptr_array_index (self->domain_columns, i));
  g_ptr_array_set_size (self->domain_columns, 0);
  if (q == NULL)
    return;
  for (guint d = 0; d < livc_comparison_get_n_domains (self->comparison); d++)
    {
      LivcDomain *domain = livc_comparison_get_domain (self->comparison, d);
      g_autofree char *id = g_strdup_printf ("domain-%u", d);
      GtkColumnViewColumn *col = add_column (self, livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang),
                                             COLUMN_DOMAIN + (int) d, id);

      gtk_column_view_column_set_fixed_width (col, 110);
      g_ptr_array_add (self->domain_columns, col);
    }

  /* The stage filter lists the reference's stages. */
  stages = livc_questionnaire_get_stages (q);
  gtk_string_list_splice (self->stage_names, 1, g_list_model_get_n_items (G_LIST_MODEL (self->stage_names)) - 1, NULL);
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
      gtk_string_list_append (self->stage_names, livc_questionnaire_lookup (q, livc_stage_get_label (stage), self->lang));
    }
}

/* Filtering */

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  LivcCompareWindow *self = user_data;
  LivcCompareRow *row = item;
  guint region = gtk_drop_down_get_selected (self->region_dropdown);
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
  const char *date = livc_compare_row_get_date (row);

  /* Region 0 is every region, then LivcRegion's order. */
  if (region > 0 && region != GTK_INVALID_LIST_POSITION &&
      livc_compare_row_get_region (row) != (LivcRegion) (region == LIVC_N_REGIONS ? LIVC_REGION_UNKNOWN : region))
    return FALSE;
  if (stage > 0 && stage != GTK_INVALID_LIST_POSITION && livc_compare_row_get_stage (row) != (int) stage - 1)
    return FALSE;
  /* "2023" as a start is 2023-01-01, as an end 2023-12-31: prefixes compare as dates. */
  if (*from != '\0' && strcmp (date, from) < 0)
    return FALSE;
  if (*to != '\0' && strncmp (date, to, strlen (to)) > 0)
    return FALSE;
  if (self->search != NULL && *self->search != '\0' && strstr (livc_compare_row_get_folded (row), self->search) == NULL)
    return FALSE;
  return TRUE;
}

static void
update_count (LivcCompareWindow *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u assessment",
                                                        "%u of %u assessments", all),
                                           shown, all);

  gtk_label_set_text (self->count_label, text);
}

static void
refilter (LivcCompareWindow *self)
{
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* Selecting a row makes it the cell the peers view and the export stand out. */
static void
on_selection_changed (LivcCompareWindow *self)
{
  LivcCompareRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row != NULL)
    livc_compare_window_set_highlight (self, livc_compare_row_get_index (row));
}

/* The radar and its legend */

static void
on_legend_toggled (GtkCheckButton *check,
                   LivcCompareRow *row)
{
  if (!gtk_check_button_get_active (check))
    livc_compare_row_set_shown (row, FALSE);
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  double r, g, b;

  livc_radar_series_color (GPOINTER_TO_UINT (user_data), &r, &g, &b);
  cairo_set_source_rgb (cr, r, g, b);
  cairo_rectangle (cr, 2, 2, width - 4, height - 4);
  cairo_fill (cr);
}

static void
update_shown (LivcCompareWindow *self)
{
  g_autofree guint *indices = g_new (guint, self->shown->len + 1);
  GtkWidget *child;

  for (guint k = 0; k < self->shown->len; k++)
    indices[k] = livc_compare_row_get_index (g_ptr_array_index (self->shown, k));
  livc_compare_radar_set_series (self->radar, self->comparison, indices, self->shown->len, FALSE);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))) != NULL)
    gtk_list_box_remove (self->legend, child);
  for (guint k = 0; k < self->shown->len; k++)
    {
      LivcCompareRow *row = g_ptr_array_index (self->shown, k);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      GtkWidget *swatch = gtk_drawing_area_new ();
      g_autofree char *label = livc_compare_assessment_label (livc_score_set_get_assessment (livc_comparison_get_scores (self->comparison, livc_compare_row_get_index (row))));
      GtkWidget *check = gtk_check_button_new_with_label (label);

      gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (swatch), 16);
      gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (swatch), 16);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (swatch), draw_swatch, GUINT_TO_POINTER (k), NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_legend_toggled), row, 0);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_box_append (self->legend, box);
    }
}

static void
on_row_shown (LivcCompareRow    *row,
              GParamSpec        *pspec,
              LivcCompareWindow *self)
{
  if (livc_compare_row_get_shown (row))
    {
      if (self->shown->len >= LIVC_RADAR_MAX_SERIES)
        {
          g_autofree char *text = g_strdup_printf (_("The radar shows at most %u assessments; hide one first"),
                                                   LIVC_RADAR_MAX_SERIES);

          livc_compare_row_set_shown (row, FALSE);
          livc_compare_window_toast (self, text);
          return;
        }
      if (!g_ptr_array_find (self->shown, row, NULL))
        g_ptr_array_add (self->shown, g_object_ref (row));
    }
  else
    g_ptr_array_remove (self->shown, row);
  update_shown (self);
}

/* Rows and the comparison */

static LivcCompareRow *
new_row (LivcCompareWindow *self,
         guint              index)
{
  LivcCompareRow *row = livc_compare_row_new (self->comparison, index, self->lang);

  /* The first few are on the radar from the start, so that it is never empty. */
  if (self->shown->len < LIVC_RADAR_MAX_SERIES)
    {
      livc_compare_row_set_shown (row, TRUE);
      g_ptr_array_add (self->shown, g_object_ref (row));
    }
  g_signal_connect_object (row, "notify::shown", G_CALLBACK (on_row_shown), self, 0);
  return row;
}

static const char *
questionnaire_id (LivcCompareLoaded *loaded)
{
  return livc_questionnaire_get_id (livc_score_set_get_questionnaire (loaded->scores));
}

/* Adds an entry of the compared questionnaire to the comparison; its row into rows. */
static void
compare_entry (LivcCompareWindow *self,
               LivcCompareLoaded *loaded,
               GPtrArray         *rows)
{
  g_autoptr(GError) error = NULL;

  if (!livc_comparison_add (self->comparison, loaded->scores, loaded->path, &error))
    {
      /* Cannot happen: the id was checked. Said rather than dropped silently. */
      livc_diagnostics_add (self->problems, LIVC_SEVERITY_ERROR, loaded->path, 0, "%s", error->message);
      return;
    }
  g_ptr_array_add (rows, new_row (self, livc_comparison_get_n (self->comparison) - 1));
}

/* From scratch, with every entry of the questionnaire most files answer. */
static void
rebuild_comparison (LivcCompareWindow *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* Every row is made again from the entries, the pending ones too. */
  g_ptr_array_set_size (self->pending, 0);
  g_clear_object (&self->comparison);
  self->comparison = livc_comparison_new ();
  g_ptr_array_set_size (self->shown, 0);
  for (guint i = 0; i < self->entries->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (questionnaire_id (loaded), self->majority) == 0)
        compare_entry (self, loaded, rows);
    }
  rebuild_domain_columns (self);
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
}

static void
update_majority (LivcCompareWindow *self,
                 const char        *id)
{
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, id)) + 1;
  guint best = self->majority ? GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, self->majority)) : 0;

  g_hash_table_insert (self->counts, g_strdup (id), GUINT_TO_POINTER (count));
  if (count > best && g_strcmp0 (id, self->majority) != 0)
    {
      g_free (self->majority);
      self->majority = g_strdup (id);
    }
}

static void
update_problems_line (LivcCompareWindow *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint warnings = livc_diagnostics_count (self->problems, LIVC_SEVERITY_WARNING);

  if (self->n_failed > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u file could not be loaded.",
                                               "%u files could not be loaded.", self->n_failed),
                            self->n_failed);
  if (self->n_left_out > 0)
    {
      g_string_append (text, text->len > 0 ? " " : "");
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u assessment answers another questionnaire and was left out.",
                                                 "%u assessments answer another questionnaire and were left out.",
                                                 self->n_left_out),
                              self->n_left_out);
    }
  if (text->len == 0 && warnings > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "Loaded with %u warning.",
                                               "Loaded with %u warnings.", warnings),
                            warnings);
  gtk_label_set_text (self->problems_label, text->str);
  gtk_revealer_set_reveal_child (self->problems_revealer, text->len > 0);
}

static void
flush_pending (LivcCompareWindow *self)
{
  if (self->pending->len == 0)
    return;
  g_list_store_splice (self->store, g_list_model_get_n_items (G_LIST_MODEL (self->store)), 0,
                       self->pending->pdata, self->pending->len);
  g_ptr_array_set_size (self->pending, 0);
  update_count (self);
}

static void
on_batch (LivcCompareLoader *loader,
          GPtrArray         *batch,
          LivcCompareWindow *self)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *before = g_strdup (self->majority);
  guint first_new = self->entries->len;
  guint shown_before = self->shown->len;

  for (guint i = 0; i < batch->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (batch, i);

      /* The batch is the loader's: what is kept is moved out of it. */
      if (g_hash_table_contains (self->paths, loaded->path))
        continue;
      g_hash_table_add (self->paths, g_strdup (loaded->path));
      for (guint k = 0; k < livc_diagnostics_get_n (loaded->diag); k++)
        {
          const LivcProblem *problem = livc_diagnostics_get (loaded->diag, k);
          livc_diagnostics_add (self->problems, problem->severity, problem->file, problem->line,
                                "%s", problem->message);
        }
      if (loaded->scores == NULL)
        {
          self->n_failed++;
          continue;
        }
      g_ptr_array_add (self->entries, g_memdup2 (loaded, sizeof *loaded));
      memset (loaded, 0, sizeof *loaded);
      update_majority (self, questionnaire_id (g_ptr_array_index (self->entries, self->entries->len - 1)));
    }

  if (g_strcmp0 (before, self->majority) != 0)
    rebuild_comparison (self);
  else
    {
      for (guint i = first_new; i < self->entries->len; i++)
        {
          LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);

          if (g_strcmp0 (questionnaire_id (loaded), self->majority) == 0)
            compare_entry (self, loaded, rows);
        }
      /* The columns first: added later, they would be built into every row again. */
      rebuild_domain_columns (self);
      /* The first rows show at once; the rest wait for the end of the load, so that the
       * frames drawn meanwhile are the progress bar's and never a table's layout. */
      if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) == 0)
        g_list_store_splice (self->store, 0, 0, rows->pdata, rows->len);
      else
        for (guint i = 0; i < rows->len; i++)
          g_ptr_array_add (self->pending, g_object_ref (g_ptr_array_index (rows, i)));
    }
  rebuild_domain_columns (self);
  /* The radar is redrawn only when what it shows changed: once the first few are in,
   * later batches leave it alone. */
  if (self->shown->len != shown_before || g_strcmp0 (before, self->majority) != 0)
    update_shown (self);
  update_count (self);
  update_problems_line (self);
  if (g_list_model_get_n_items (G_LIST_MODEL (self->store)) > 0)
    gtk_stack_set_visible_child_name (self->main_stack, "views");
}

static void
on_progress (LivcCompareLoader *loader,
             guint              done,
             guint              total,
             LivcCompareWindow *self)
{
  g_autofree char *text = g_strdup_printf (_("Loading %u of %u…"), done, total);

  gtk_progress_bar_set_fraction (self->progress_bar, total > 0 ? (double) done / total : 0);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

/* The files of other questionnaires, named with the reason. */
static void
list_left_out (LivcCompareWindow *self)
{
  LivcQuestionnaire *q = self->comparison ? livc_comparison_get_questionnaire (self->comparison) : NULL;

  self->n_left_out = 0;
  for (guint i = 0; i < self->entries->len; i++)
    {
      LivcCompareLoaded *loaded = g_ptr_array_index (self->entries, i);

      if (g_strcmp0 (questionnaire_id (loaded), self->majority) == 0 || g_object_get_data (G_OBJECT (loaded->scores), "left-out"))
        {
          self->n_left_out += g_strcmp0 (questionnaire_id (loaded), self->majority) != 0;
          continue;
        }
      livc_diagnostics_add (self->problems, LIVC_SEVERITY_WARNING, loaded->path, 0,
                            _("left out: it answers the questionnaire “%s”, most of the files answer “%s” (%s)"),
                            questionnaire_id (loaded), self->majority,
                            q ? livc_questionnaire_lookup (q, livc_questionnaire_get_title (q), self->lang) : "");
      g_object_set_data (G_OBJECT (loaded->scores), "left-out", GINT_TO_POINTER (TRUE));
      self->n_left_out++;
    }
}

static gboolean
build_trend_later (gpointer data)
{
  livc_compare_window_build_trend (data);
  return G_SOURCE_REMOVE;
}

static gboolean
build_peers_later (gpointer data)
{
  livc_compare_window_build_peers (data);
  return G_SOURCE_REMOVE;
}

static void
on_finished (LivcCompareLoader *loader,
             gboolean           cancelled,
             LivcCompareWindow *self)
{
  guint n = self->comparison ? livc_comparison_get_n (self->comparison) : 0;

  gtk_revealer_set_reveal_child (self->progress_revealer, FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", FALSE);
  flush_pending (self);
  list_left_out (self);
  update_problems_line (self);
  /* One view per main-loop iteration, so that neither holds up a frame. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_trend_later, g_object_ref (self), g_object_unref);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, build_peers_later, g_object_ref (self), g_object_unref);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-csv", n > 0);
  if (cancelled)
    livc_compare_window_toast (self, _("Loading cancelled"));
  g_clear_object (&self->loader);
}

/* Files and folders: a folder's *.xml files, not those of its subfolders. Adds to what is
 * already loaded; a file already there is not loaded twice. */
void
livc_compare_window_load (LivcCompareWindow *self,
                          GFile * const     *files,
                          guint              n_files)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));

  if (self->loader != NULL)
    {
      /* One load at a time: the one running stops and this one follows at once. */
      g_signal_handlers_disconnect_by_data (self->loader, self);
      livc_compare_loader_cancel (self->loader);
      g_clear_object (&self->loader);
    }
  self->loader = livc_compare_loader_new (files, n_files);
  g_signal_connect (self->loader, "batch", G_CALLBACK (on_batch), self);
  g_signal_connect (self->loader, "progress", G_CALLBACK (on_progress), self);
  g_signal_connect (self->loader, "finished", G_CALLBACK (on_finished), self);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  gtk_progress_bar_set_text (self->progress_bar, _("Looking for assessments…"));
  gtk_revealer_set_reveal_child (self->progress_revealer, TRUE);
  /* The table gets its size before the rows come, so that it builds only those in view. */
  gtk_stack_set_visible_child_name (self->main_stack, "views");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", TRUE);
  livc_compare_loader_start (self->loader);
}

void
livc_compare_window_cancel_load (LivcCompareWindow *self)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  if (self->loader != NULL)
    livc_compare_loader_cancel (self->loader);
}

gboolean
livc_compare_window_is_loading (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);
  return self->loader != NULL;
}

double
livc_compare_window_get_progress (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), 0);
  return gtk_progress_bar_get_fraction (self->progress_bar);
}

const char *
livc_compare_window_get_progress_text (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return gtk_progress_bar_get_text (self->progress_bar);
}

LivcComparison *
livc_compare_window_get_comparison (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return self->comparison;
}

LivcDiagnostics *
livc_compare_window_get_problems (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return self->problems;
}

/* The table's rows as shown: filtered and sorted. */
GListModel *
livc_compare_window_get_rows (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/* As a click on a column's header: "name", "date", "province", "region", "overall",
 * "stage" or "domain-N". */
gboolean
livc_compare_window_sort_by (LivcCompareWindow *self,
                             const char        *column,
                             gboolean           descending)
{
  GListModel *columns;

  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), FALSE);

  columns = gtk_column_view_get_columns (self->table);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (col), "column-id"), column) == 0)
        {
          gtk_column_view_sort_by_column (self->table, col, descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          return TRUE;
        }
    }
  return FALSE;
}

/* As the filter bar does: region a LivcRegion, stage an index among the reference's
 * stages, either LIVC_COMPARE_ALL; dates as ISO prefixes; NULL for none. */
void
livc_compare_window_set_filter (LivcCompareWindow *self,
                                int                region,
                                int                stage,
                                const char        *from,
                                const char        *to,
                                const char        *search)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));

  gtk_drop_down_set_selected (self->region_dropdown,
                              region == LIVC_COMPARE_ALL ? 0 : region == LIVC_REGION_UNKNOWN ? LIVC_N_REGIONS : (guint) region);
  gtk_drop_down_set_selected (self->stage_dropdown, stage == LIVC_COMPARE_ALL ? 0 : (guint) stage + 1);
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to ? to : "");
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  refilter (self);
}

void
livc_compare_window_show_view (LivcCompareWindow *self,
                               const char        *name)
{
  g_return_if_fail (LIVC_IS_COMPARE_WINDOW (self));
  adw_view_stack_set_visible_child_name (self->view_stack, name);
}

LivcCompareRadar *
livc_compare_window_get_radar (LivcCompareWindow *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_WINDOW (self), NULL);
  return self->radar;
}

/* Choosing files */

void
livc_compare_window_set_chooser_folder (LivcCompareWindow *self,
                                        GtkFileChooser    *chooser)
{
  g_autofree char *folder = self->settings ? g_settings_get_string (self->settings, "last-folder") : NULL;

  if (folder != NULL && *folder != '\0' && g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) dir = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (chooser, dir, NULL);
    }
}

void
livc_compare_window_remember_folder (LivcCompareWindow *self,
                                     GFile             *file)
{
  g_autofree char *path = file ? g_file_get_path (file) : NULL;
  g_autofree char *folder = NULL;

  if (self->settings == NULL || path == NULL)
    return;
  folder = g_file_test (path, G_FILE_TEST_IS_DIR) ? g_strdup (path) : g_path_get_dirname (path);
  g_settings_set_string (self->settings, "last-folder", folder);
}

static void
on_open_response (GtkNativeDialog   *chooser,
                  int                response,
                  LivcCompareWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) list = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        g_ptr_array_add (files, g_list_model_get_item (list, i));
      if (files->len > 0)
        {
          livc_compare_window_remember_folder (self, g_ptr_array_index (files, 0));
          livc_compare_window_load (self, (GFile * const *) files->pdata, files->len);
        }
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (widget);
  gboolean folder = g_str_equal (action_name, "compare.open-folder");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Open a Folder of Assessments") : _("Open Assessments"),
                                         GTK_WINDOW (self),
                                         folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Assessments (XML)"));
      gtk_file_filter_add_mime_type (filter, "application/x-livc-assessment+xml");
      gtk_file_filter_add_suffix (filter, "xml");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
    }
  livc_compare_window_set_chooser_folder (self, GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response), self);
  gtk_native_dialog_show (self->chooser);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  livc_compare_window_cancel_load (LIVC_COMPARE_WINDOW (widget));
}

static void
problems_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (widget);

  livc_show_problems (GTK_WINDOW (self), _("Files Not Compared"), self->problems, NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  livc_compare_window_choose_export (LIVC_COMPARE_WINDOW (widget), g_str_equal (action_name, "compare.export-pdf"));
}

static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  livc_compare_window_show_view (LIVC_COMPARE_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static gboolean
on_drop (GtkDropTarget     *target,
         const GValue      *value,
         double             x,
         double             y,
         LivcCompareWindow *self)
{
  GSList *list = g_value_get_boxed (value);
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  for (GSList *l = list; l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);
  if (files->len == 0)
    return FALSE;
  livc_compare_window_load (self, (GFile * const *) files->pdata, files->len);
  return TRUE;
}

/* Building the overview */

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return box;
}

static void
build_overview (LivcCompareWindow *self)
{
  GtkWidget *scrolled, *bar, *box, *legend_scrolled;
  g_autoptr(GtkStringList) regions = gtk_string_list_new (NULL);
  GtkListItemFactory *check_factory;
  GtkColumnViewColumn *col;
  GtkSorter *sorter;

  /* Left: the radar above its legend. */
  self->radar = LIVC_COMPARE_RADAR (livc_compare_radar_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (self->radar), 12);
  gtk_widget_set_margin_end (GTK_WIDGET (self->radar), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->radar), 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->radar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Radar chart of the domain scores of the assessments shown"), -1);
  gtk_box_append (self->overview_start, GTK_WIDGET (self->radar));
  self->legend = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->legend, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->legend), "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->legend), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Assessments on the radar"), -1);
  legend_scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (legend_scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (legend_scrolled), 120);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (legend_scrolled), 220);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (legend_scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (legend_scrolled), GTK_WIDGET (self->legend));
  gtk_widget_set_margin_start (legend_scrolled, 12);
  gtk_widget_set_margin_end (legend_scrolled, 12);
  gtk_widget_set_margin_bottom (legend_scrolled, 12);
  gtk_box_append (self->overview_start, legend_scrolled);

  /* Right: the filters, the table, the count. */
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_margin_start (bar, 12);
  gtk_widget_set_margin_end (bar, 12);
  gtk_widget_set_margin_top (bar, 8);
  gtk_widget_set_margin_bottom (bar, 8);
  self->search_entry = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  gtk_widget_set_hexpand (GTK_WIDGET (self->search_entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search by municipality"), -1);
  gtk_box_append (GTK_BOX (bar), labelled (_("_Municipality"), GTK_WIDGET (self->search_entry)));
  gtk_string_list_append (regions, _("All regions"));
  for (guint r = 1; r < LIVC_N_REGIONS; r++)
    gtk_string_list_append (regions, livc_region_get_name ((LivcRegion) r, self->lang));
  gtk_string_list_append (regions, _("Unknown"));
  self->region_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (regions)), NULL));
  gtk_box_append (GTK_BOX (bar), labelled (_("_Region"), GTK_WIDGET (self->region_dropdown)));
  self->stage_names = gtk_string_list_new (NULL);
  gtk_string_list_append (self->stage_names, _("All stages"));
  self->stage_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->stage_names)), NULL));
  gtk_box_append (GTK_BOX (bar), labelled (_("_Stage"), GTK_WIDGET (self->stage_dropdown)));
  self->from_entry = GTK_ENTRY (gtk_entry_new ());
  self->to_entry = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->from_entry, _("YYYY-MM-DD"));
  gtk_entry_set_placeholder_text (self->to_entry, _("YYYY-MM-DD"));
  gtk_editable_set_width_chars (GTK_EDITABLE (self->from_entry), 11);
  gtk_editable_set_width_chars (GTK_EDITABLE (self->to_entry), 11);
  gtk_box_append (GTK_BOX (bar), labelled (_("_From"), GTK_WIDGET (self->from_entry)));
  gtk_box_append (GTK_BOX (bar), labelled (_("_To"), GTK_WIDGET (self->to_entry)));
  gtk_box_append (self->overview_end, bar);
  g_signal_connect_swapped (self->search_entry, "search-changed", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->region_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->stage_dropdown, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->from_entry, "changed", G_CALLBACK (refilter), self);
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (refilter), self);

  self->table = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->table, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->table), "data-table");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->table), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Domain scores of the assessments"), -1);
  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), GTK_FILTER (g_object_ref (self->filter)));
  sorter = gtk_column_view_get_sorter (self->table);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)), g_object_ref (sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (on_selection_changed), self);

  check_factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (check_factory, "setup", G_CALLBACK (setup_check), NULL);
  g_signal_connect (check_factory, "bind", G_CALLBACK (bind_check), NULL);
  g_signal_connect (check_factory, "unbind", G_CALLBACK (unbind_check), NULL);
  col = gtk_column_view_column_new (_("Radar"), check_factory);
  gtk_column_view_column_set_fixed_width (col, 60);
  gtk_column_view_append_column (self->table, col);
  g_object_unref (col);
  g_object_unref (add_column (self, _("Municipality"), COLUMN_NAME, "name"));
  g_object_unref (add_column (self, _("Date"), COLUMN_DATE, "date"));
  g_object_unref (add_column (self, _("Province"), COLUMN_PROVINCE, "province"));
  g_object_unref (add_column (self, _("Region"), COLUMN_REGION, "region"));
  g_object_unref (add_column (self, _("Overall"), COLUMN_OVERALL, "overall"));
  g_object_unref (add_column (self, _("Stage"), COLUMN_STAGE, "stage"));

  scrolled = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->table));
  gtk_box_append (self->overview_end, scrolled);
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->count_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_widget_set_margin_start (GTK_WIDGET (self->count_label), 12);
  gtk_widget_set_margin_top (GTK_WIDGET (self->count_label), 4);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->count_label), 4);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->count_label));
  gtk_box_append (self->overview_end, box);
}

/* The class */

static void
livc_compare_window_dispose (GObject *object)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (object);

  if (self->loader != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->loader, self);
      livc_compare_loader_cancel (self->loader);
      g_clear_object (&self->loader);
    }
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), LIVC_TYPE_COMPARE_WINDOW);
  G_OBJECT_CLASS (livc_compare_window_parent_class)->dispose (object);
}

static void
livc_compare_window_finalize (GObject *object)
{
  LivcCompareWindow *self = LIVC_COMPARE_WINDOW (object);

  g_clear_object (&self->settings);
  g_ptr_array_unref (self->entries);
  g_hash_table_unref (self->paths);
  g_hash_table_unref (self->counts);
  g_free (self->majority);
  g_free (self->search);
  g_clear_pointer (&self->problems, livc_diagnostics_free);
  g_clear_object (&self->comparison);
  g_clear_object (&self->reference);
  g_clear_object (&self->store);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_clear_object (&self->stage_names);
  g_clear_object (&self->peer_names);
  g_ptr_array_unref (self->domain_columns);
  g_ptr_array_unref (self->shown);
  g_clear_pointer (&self->trends, g_ptr_array_unref);
  g_clear_pointer (&self->peer_summaries, g_hash_table_unref);
  G_OBJECT_CLASS (livc_compare_window_parent_class)->finalize (object);
}

static void
livc_compare_window_class_init (LivcCompareWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = livc_compare_window_dispose;
  object_class->finalize = livc_compare_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/be/livcscan/app/livc-compare-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, progress_revealer);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, problems_revealer);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, problems_label);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, overview_start);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, overview_end);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, trend_box);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareWindow, peers_box);

  gtk_widget_class_install_action (widget_class, "compare.open-files", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "compare.open-folder", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "compare.cancel-load", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "compare.show-problems", NULL, problems_action);
  gtk_widget_class_install_action (widget_class, "compare.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.export-csv", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "compare.view", "s", view_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "compare.open-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "compare.open-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "compare.export-pdf", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK, "compare.view", "s", "overview");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK, "compare.view", "s", "trend");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK, "compare.view", "s", "peers");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "compare.cancel-load", NULL);
}

static void
livc_compare_window_init (LivcCompareWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->settings = app_settings ();
  self->lang = livc_default_lang ();
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) livc_compare_loaded_free);
  self->paths = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->problems = livc_diagnostics_new ();
  self->store = g_list_store_new (LIVC_TYPE_COMPARE_ROW);
  self->pending = g_ptr_array_new_with_free_func (g_object_unref);
  self->domain_columns = g_ptr_array_new_with_free_func (g_object_unref);
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
  build_overview (self);
  livc_compare_window_build_trend (self);
  livc_compare_window_build_peers (self);
  update_count (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.cancel-load", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-pdf", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "compare.export-csv", FALSE);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

LivcCompareWindow *
livc_compare_window_new (GtkApplication *app)
{
  return g_object_new (LIVC_TYPE_COMPARE_WINDOW, "application", app, NULL);
}
