/* livc-compare-overview.c: the compare window's overview: the table of domain scores
 * (sortable by every column, filtered by region, stage, dates and name) and the overlaid
 * radar with its legend. The table's rows are the comparison's members, in its order;
 * the first few are on the radar from the start, so that it is never empty.
 *
 *   "assessment-selected" (guint index)   the user selected a row: its index in the
 *                                         comparison
 *   "toast" (const char *text)            something to tell the user in passing
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "livc-compare-overview.h"
#include "livc-compare-row.h"

struct _LivcCompareOverview
{
  AdwBin              parent_instance;

  /* template */
  LivcCompareRadar   *radar;
  GtkListBox         *legend;
  GtkSearchEntry     *search_entry;
  GtkDropDown        *region_dropdown;
  GtkStringList      *region_names;
  GtkDropDown        *stage_dropdown;
  GtkStringList      *stage_names;
  GtkEntry           *from_entry;
  GtkEntry           *to_entry;
  GtkColumnView      *table;
  GtkLabel           *count_label;

  const char         *lang;           /* the questionnaires' language on screen */
  LivcComparison     *comparison;
  LivcQuestionnaire  *reference;      /* whose domains the columns show */
  gboolean            loading;
  GListStore         *store;          /* LivcCompareRow, in comparison order */
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkSortListModel   *sorted;
  GtkSingleSelection *selection;
  GPtrArray          *domain_columns;
  char               *search;         /* casefolded */
  LivcCompareRow     *slots[LIVC_RADAR_MAX_SERIES]; /* the rows in the legend, by colour */
  gboolean            legend_dirty;
};

G_DEFINE_FINAL_TYPE (LivcCompareOverview, livc_compare_overview, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_LOADING,
  PROP_ROWS,
  PROP_REGION,
  PROP_STAGE,
  PROP_DATE_FROM,
  PROP_DATE_TO,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum
{
  SIGNAL_ASSESSMENT_SELECTED,
  SIGNAL_TOAST,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
      c = g_utf8_collate (livc_compare_row_get_province_name (x),
                          livc_compare_row_get_province_name (y));
      break;
    case COLUMN_REGION:
      c = g_utf8_collate (livc_compare_row_get_region_name (x),
                          livc_compare_row_get_region_name (y));
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
cell_text (LivcCompareOverview *self,
           LivcCompareRow      *row,
           int                  column)
{
  switch (column)
    {
    case COLUMN_NAME:
      return g_strdup (livc_compare_row_get_name (row));
    case COLUMN_DATE:
      return g_strdup (livc_compare_row_get_short_date (row));
    case COLUMN_PROVINCE:
      return g_strdup (livc_compare_row_get_province_name (row));
    case COLUMN_REGION:
      return g_strdup (livc_compare_row_get_region_name (row));
    case COLUMN_STAGE:
      return g_strdup (livc_compare_row_get_stage_name (row));
    case COLUMN_OVERALL:
      return livc_format_percent (livc_compare_row_get_score (row, LIVC_COMPARISON_OVERALL),
                                  self->lang);
    default:
      return livc_format_percent (livc_compare_row_get_score (row,
                                                              (guint) (column - COLUMN_DOMAIN)),
                                  self->lang);
    }
}

/* The names' columns have a widest width: a cell cut there is whole in the table's
 * tooltip, found under the pointer when asked rather than set on every cell. */
static gboolean
on_table_query_tooltip (GtkWidget  *table,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  GtkWidget *picked = keyboard ? NULL : gtk_widget_pick (table, x, y, GTK_PICK_DEFAULT);
  GtkLabel *label = GTK_IS_LABEL (picked) ? GTK_LABEL (picked) : NULL;

  if (label == NULL || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
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
  LivcCompareOverview *self = g_object_get_data (G_OBJECT (factory), "overview");
  LivcCompareRow *row = gtk_list_item_get_item (item);
  int column = GPOINTER_TO_INT (user_data);
  g_autofree char *text = cell_text (self, row, column);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), text);
}

/* Column widths: what the widest cell of each column needs, measured in the table's own
 * font, so that no stage, date or score is cut in any language; the names' columns stop
 * at NAME_MAX_WIDTH. The headers wrap between words rather than be cut. Measured when
 * rows come, not by the table, which would measure every cell at every batch. */
#define CELL_PADDING   32   /* a cell's padding and the header's sort arrow */
#define NAME_MAX_WIDTH 260

static int
text_width (PangoLayout *layout,
            const char  *text)
{
  int width;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* The widest word of a title: what a header wrapped between words needs. */
static int
widest_word (PangoLayout *layout,
             const char  *title)
{
  g_auto(GStrv) words = g_strsplit_set (title, " \u00a0", -1);
  int widest = 0;

  for (guint i = 0; words[i] != NULL; i++)
    widest = MAX (widest, text_width (layout, words[i]));
  return widest;
}

/* The widest of the texts that differ from the one before: rows come grouped. */
static int
widest_row_text (PangoLayout *layout,
                 GListModel  *rows,
                 const char *(*get) (LivcCompareRow *))
{
  const char *last = NULL;
  int widest = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(LivcCompareRow) row = g_list_model_get_item (rows, i);
      const char *text = get (row);

      if (g_strcmp0 (text, last) != 0)
        widest = MAX (widest, text_width (layout, text));
      last = text;
    }
  return widest;
}

static void
wrap_header_labels (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_natural_wrap_mode (GTK_LABEL (child), GTK_NATURAL_WRAP_WORD);
        }
      else if (!GTK_IS_LIST_VIEW (child))
        wrap_header_labels (child);
    }
}

static void
fit_columns (LivcCompareOverview *self)
{
  GtkWidget *table = GTK_WIDGET (self->table);
  GListModel *columns = gtk_column_view_get_columns (self->table);
  GListModel *rows = G_LIST_MODEL (self->store);
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (table, NULL);
  int widths[COLUMN_DOMAIN] = { 0 };
  int percent = text_width (layout, "100 %");

  widths[COLUMN_DATE] = text_width (layout, "00/00/0000");
  widths[COLUMN_OVERALL] = percent;
  widths[COLUMN_NAME] = widest_row_text (layout, rows, livc_compare_row_get_name);
  widths[COLUMN_PROVINCE] = widest_row_text (layout, rows, livc_compare_row_get_province_name);
  widths[COLUMN_REGION] = widest_row_text (layout, rows, livc_compare_row_get_region_name);
  /* Every stage of the questionnaire, not only those shown: the width stays put. */
  if (self->reference != NULL)
    {
      GListModel *stages = livc_questionnaire_get_stages (self->reference);

      for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
        {
          g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
          const char *label = livc_questionnaire_lookup (self->reference,
                                                         livc_stage_get_label (stage), self->lang);

          widths[COLUMN_STAGE] = MAX (widths[COLUMN_STAGE], text_width (layout, label));
        }
    }
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);
      gpointer id = g_object_get_data (G_OBJECT (col), "column");
      int column = GPOINTER_TO_INT (id) - 1;
      const char *title = gtk_column_view_column_get_title (col);
      int width;

      if (id == NULL)
        continue;
      width = MAX (column < COLUMN_DOMAIN ? widths[column] : percent,
                   widest_word (layout, title ? title : ""));
      if (column == COLUMN_NAME || column == COLUMN_PROVINCE || column == COLUMN_REGION)
        width = MIN (width, NAME_MAX_WIDTH);
      gtk_column_view_column_set_fixed_width (col, MAX (width + CELL_PADDING, 64));
    }
  wrap_header_labels (table);
}

static GtkColumnViewColumn *
add_column (LivcCompareOverview *self,
            const char          *title,
            int                  column,
            const char          *id)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;
  g_autoptr(GtkSorter) sorter = NULL;

  sorter = GTK_SORTER (gtk_custom_sorter_new (sort_rows, GINT_TO_POINTER (column), NULL));

  g_object_set_data (G_OBJECT (factory), "overview", self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_label), GINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_label), GINT_TO_POINTER (column));
  col = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (col, sorter);
  gtk_column_view_column_set_resizable (col, TRUE);
  /* Fixed widths: the table then never measures its cells to size its columns, which
   * would cost a frame at every batch while files load. */
  gtk_column_view_column_set_fixed_width (col, column == COLUMN_NAME ? 170
                                               : column == COLUMN_DATE ? 105
                                               : column == COLUMN_OVERALL ? 80 : 120);
  g_object_set_data_full (G_OBJECT (col), "column-id", g_strdup (id), g_free);
  g_object_set_data (G_OBJECT (col), "column", GINT_TO_POINTER (column + 1));
  gtk_column_view_append_column (self->table, col);
  return col;
}

/* The check button of the "show on the radar" column follows the row's "shown", and a
 * click asks for it: a row the radar has no room for turns it back (on_row_shown). A
 * binding both ways would not: it ignores the row's change while it makes one. */
static void
on_check_toggled (GtkCheckButton *check,
                  gpointer        user_data)
{
  LivcCompareRow *row = g_object_get_data (G_OBJECT (check), "row");

  if (row != NULL)
    livc_compare_row_set_shown (row, gtk_check_button_get_active (check));
}

static void
setup_check (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_set_halign (check, GTK_ALIGN_CENTER);
  g_signal_connect (check, "toggled", G_CALLBACK (on_check_toggled), NULL);
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
                                              G_BINDING_SYNC_CREATE);
  g_autofree char *name = livc_text_isolate (livc_compare_row_get_name (row));
  g_autofree char *label = g_strdup_printf (_("Show %s on the radar"), name);

  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (item), "binding", binding);
  /* Set after the binding's first value, which is the row's already. */
  g_object_set_data (G_OBJECT (check), "row", row);
}

static void
unbind_check (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GBinding *binding = g_object_get_data (G_OBJECT (item), "binding");

  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "row", NULL);
  if (binding != NULL)
    g_binding_unbind (binding);
  g_object_set_data (G_OBJECT (item), "binding", NULL);
}

static void
add_fixed_columns (LivcCompareOverview *self)
{
  GtkListItemFactory *check_factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *col;

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
}

/* The domain columns follow the reference questionnaire: the newest version loaded. */
static void
rebuild_domain_columns (LivcCompareOverview *self)
{
  LivcQuestionnaire *q = self->comparison ? livc_comparison_get_questionnaire (self->comparison)
                                          : NULL;
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
      const char *title = livc_questionnaire_lookup (q, livc_domain_get_title (domain), self->lang);
      GtkColumnViewColumn *col = add_column (self, title, COLUMN_DOMAIN + (int) d, id);

      g_ptr_array_add (self->domain_columns, col);
    }

  /* The stage filter lists the reference's stages. */
  stages = livc_questionnaire_get_stages (q);
  gtk_string_list_splice (self->stage_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->stage_names)) - 1, NULL);
  for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
    {
      g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
      const char *label = livc_questionnaire_lookup (q, livc_stage_get_label (stage), self->lang);

      gtk_string_list_append (self->stage_names, label);
    }
}

/* Filtering */

static gboolean
filter_row (gpointer item,
            gpointer user_data)
{
  LivcCompareOverview *self = user_data;
  LivcCompareRow *row = item;
  guint region = gtk_drop_down_get_selected (self->region_dropdown);
  guint stage = gtk_drop_down_get_selected (self->stage_dropdown);
  const char *from = gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
  const char *to = gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
  const char *date = livc_compare_row_get_date (row);

  /* Region 0 is every region, then LivcRegion's order. */
  if (region > 0 && region != GTK_INVALID_LIST_POSITION &&
      livc_compare_row_get_region (row) != (LivcRegion) (region == LIVC_N_REGIONS
                                                         ? LIVC_REGION_UNKNOWN : region))
    return FALSE;
  if (stage > 0 && stage != GTK_INVALID_LIST_POSITION &&
      livc_compare_row_get_stage (row) != (int) stage - 1)
    return FALSE;
  /* "2023" as a start is 2023-01-01, as an end 2023-12-31: prefixes compare as dates. */
  if (*from != '\0' && strcmp (date, from) < 0)
    return FALSE;
  if (*to != '\0' && strncmp (date, to, strlen (to)) > 0)
    return FALSE;
  if (self->search != NULL && *self->search != '\0' &&
      strstr (livc_compare_row_get_folded (row), self->search) == NULL)
    return FALSE;
  return TRUE;
}

static void
update_count (LivcCompareOverview *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u assessment",
                                                        "%u of %u assessments", all),
                                           shown, all);

  gtk_label_set_text (self->count_label, text);
}

static void
refilter (LivcCompareOverview *self)
{
  /* The template's widgets change while they are set up, before the filter exists. */
  if (self->filter == NULL)
    return;
  g_free (self->search);
  self->search = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

static void
on_search_changed (LivcCompareOverview *self)
{
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

static void
on_region_changed (LivcCompareOverview *self)
{
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGION]);
}

static void
on_stage_changed (LivcCompareOverview *self)
{
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STAGE]);
}

static void
on_from_changed (LivcCompareOverview *self)
{
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_FROM]);
}

static void
on_to_changed (LivcCompareOverview *self)
{
  refilter (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TO]);
}

/* A new order starts at the top, or where the selected row went: the table would
 * otherwise follow the row that was at its top wherever it sorted, often to the end. */
static void
on_sort_changed (LivcCompareOverview *self)
{
  guint selected = gtk_single_selection_get_selected (self->selection);
  guint position = selected != GTK_INVALID_LIST_POSITION ? selected : 0;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->sorted)) == 0)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->table)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_VIEW (child))
      gtk_widget_activate_action (child, "list.scroll-to-item", "u", position);
}

/* Selecting a row makes it the cell the peers view and the export stand out. */
static void
on_selection_changed (LivcCompareOverview *self)
{
  LivcCompareRow *row = gtk_single_selection_get_selected_item (self->selection);

  if (row != NULL)
    g_signal_emit (self, signals[SIGNAL_ASSESSMENT_SELECTED], 0, livc_compare_row_get_index (row));
}

/* The radar and its legend
 *
 * The radar has LIVC_RADAR_MAX_SERIES slots, one colour each. A row ticked takes a free
 * slot and keeps it, and its colour, until another row needs that slot: unticking it
 * leaves it in the legend, unticked, so that the others keep their colours and it can be
 * ticked again where it was. With every slot taken by a row on the radar, a row more is
 * refused (its box goes back) and the toast says why: the table never claims a row the
 * radar does not draw. */

static void
on_legend_toggled (GtkCheckButton *check,
                   LivcCompareRow *row)
{
  livc_compare_row_set_shown (row, gtk_check_button_get_active (check));
}

static void
update_radar (LivcCompareOverview *self)
{
  guint indices[LIVC_RADAR_MAX_SERIES], slots[LIVC_RADAR_MAX_SERIES];
  guint n = 0;

  for (guint k = 0; k < LIVC_RADAR_MAX_SERIES; k++)
    {
      LivcCompareRow *row = self->slots[k];

      if (row == NULL || !livc_compare_row_get_shown (row))
        continue;
      indices[n] = livc_compare_row_get_index (row);
      slots[n++] = k;
    }
  livc_compare_radar_set_series (self->radar, self->comparison, indices, slots, n, FALSE);
}

/* The legend: a line per slot taken, in the slots' order, its box following its row. */
static void
update_legend (LivcCompareOverview *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->legend))) != NULL)
    gtk_list_box_remove (self->legend, child);
  for (guint k = 0; k < LIVC_RADAR_MAX_SERIES; k++)
    {
      LivcCompareRow *row = self->slots[k];
      LivcScoreSet *scores;
      g_autofree char *label = NULL;
      GtkWidget *box, *check, *name;

      if (row == NULL)
        continue;
      scores = livc_comparison_get_scores (self->comparison, livc_compare_row_get_index (row));
      label = livc_assessment_dup_label (livc_score_set_get_assessment (scores));
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
      check = gtk_check_button_new ();
      name = gtk_label_new (label);
      /* A long name is cut rather than widen the window; the tooltip has it whole. */
      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), name);
      gtk_widget_set_tooltip_text (check, label);
      g_object_bind_property (row, "shown", check, "active", G_BINDING_SYNC_CREATE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_legend_toggled), row, 0);
      gtk_box_append (GTK_BOX (box), livc_compare_radar_swatch_new (k));
      gtk_box_append (GTK_BOX (box), check);
      gtk_list_box_append (self->legend, box);
    }
}

/* A free slot for row: its own if it still holds it, else an empty one, else one whose
 * row is no longer shown; G_MAXUINT when every slot's row is on the radar. */
static guint
find_slot (LivcCompareOverview *self,
           LivcCompareRow      *row)
{
  guint slot = livc_compare_row_get_slot (row);

  if (slot < LIVC_RADAR_MAX_SERIES && self->slots[slot] == row)
    return slot;
  for (guint k = 0; k < LIVC_RADAR_MAX_SERIES; k++)
    if (self->slots[k] == NULL)
      return k;
  for (guint k = 0; k < LIVC_RADAR_MAX_SERIES; k++)
    if (!livc_compare_row_get_shown (self->slots[k]))
      return k;
  return G_MAXUINT;
}

/* Gives row (just ticked) a slot; FALSE when there is none. */
static gboolean
request_shown (LivcCompareOverview *self,
               LivcCompareRow      *row)
{
  guint slot = find_slot (self, row);

  if (slot == G_MAXUINT)
    return FALSE;
  if (self->slots[slot] != row)
    {
      g_clear_object (&self->slots[slot]);
      self->slots[slot] = g_object_ref (row);
      livc_compare_row_set_slot (row, slot);
      self->legend_dirty = TRUE;
    }
  return TRUE;
}

static void
on_row_shown (LivcCompareRow      *row,
              GParamSpec          *pspec,
              LivcCompareOverview *self)
{
  if (livc_compare_row_get_shown (row) && !request_shown (self, row))
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The radar shows at most %u assessment: untick one "
                                           "first",
                                           "The radar shows at most %u assessments: untick one "
                                           "first",
                                           LIVC_RADAR_MAX_SERIES),
                              LIVC_RADAR_MAX_SERIES);
      /* Its box follows the row back, wherever the tick came from. */
      livc_compare_row_set_shown (row, FALSE);
      g_signal_emit (self, signals[SIGNAL_TOAST], 0, text);
      return;
    }
  update_radar (self);
  if (self->legend_dirty)
    {
      self->legend_dirty = FALSE;
      update_legend (self);
    }
}

static void
clear_slots (LivcCompareOverview *self)
{
  for (guint k = 0; k < LIVC_RADAR_MAX_SERIES; k++)
    g_clear_object (&self->slots[k]);
}

/* Rows */

static LivcCompareRow *
new_row (LivcCompareOverview *self,
         guint                index)
{
  LivcCompareRow *row = livc_compare_row_new (self->comparison, index, self->lang);

  /* The first few are on the radar from the start, so that it is never empty. */
  if (request_shown (self, row))
    livc_compare_row_set_shown (row, TRUE);
  g_signal_connect_object (row, "notify::shown", G_CALLBACK (on_row_shown), self, 0);
  return row;
}

static gboolean
fit_columns_later (gpointer data)
{
  fit_columns (data);
  return G_SOURCE_REMOVE;
}

/* Rows for the comparison's members from first on. */
static GPtrArray *
new_rows (LivcCompareOverview *self,
          guint                first)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = self->comparison ? livc_comparison_get_n (self->comparison) : 0;

  for (guint i = first; i < n; i++)
    g_ptr_array_add (rows, new_row (self, i));
  return rows;
}

/* The class */

static void
livc_compare_overview_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LivcCompareOverview *self = LIVC_COMPARE_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_ROWS:
      g_value_set_object (value, self->sorted);
      break;
    case PROP_REGION:
      g_value_set_int (value, livc_compare_overview_get_region (self));
      break;
    case PROP_STAGE:
      g_value_set_int (value, livc_compare_overview_get_stage (self));
      break;
    case PROP_DATE_FROM:
      g_value_set_string (value, livc_compare_overview_get_date_from (self));
      break;
    case PROP_DATE_TO:
      g_value_set_string (value, livc_compare_overview_get_date_to (self));
      break;
    case PROP_SEARCH:
      g_value_set_string (value, livc_compare_overview_get_search (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_overview_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LivcCompareOverview *self = LIVC_COMPARE_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      livc_compare_overview_set_comparison (self, g_value_get_object (value));
      break;
    case PROP_LOADING:
      livc_compare_overview_set_loading (self, g_value_get_boolean (value));
      break;
    case PROP_REGION:
      livc_compare_overview_set_region (self, g_value_get_int (value));
      break;
    case PROP_STAGE:
      livc_compare_overview_set_stage (self, g_value_get_int (value));
      break;
    case PROP_DATE_FROM:
      livc_compare_overview_set_date_from (self, g_value_get_string (value));
      break;
    case PROP_DATE_TO:
      livc_compare_overview_set_date_to (self, g_value_get_string (value));
      break;
    case PROP_SEARCH:
      livc_compare_overview_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_overview_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIVC_TYPE_COMPARE_OVERVIEW);
  G_OBJECT_CLASS (livc_compare_overview_parent_class)->dispose (object);
}

static void
livc_compare_overview_finalize (GObject *object)
{
  LivcCompareOverview *self = LIVC_COMPARE_OVERVIEW (object);

  g_free (self->search);
  g_clear_object (&self->comparison);
  g_clear_object (&self->reference);
  g_clear_object (&self->store);
  g_clear_object (&self->filter);
  g_clear_object (&self->filtered);
  g_clear_object (&self->sorted);
  g_clear_object (&self->selection);
  g_ptr_array_unref (self->domain_columns);
  clear_slots (self);
  G_OBJECT_CLASS (livc_compare_overview_parent_class)->finalize (object);
}

static void
livc_compare_overview_class_init (LivcCompareOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = livc_compare_overview_get_property;
  object_class->set_property = livc_compare_overview_set_property;
  object_class->dispose = livc_compare_overview_dispose;
  object_class->finalize = livc_compare_overview_finalize;

  /* The same comparison set again has grown: its new members get rows. */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, LIVC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* While files load, rows after the first ones wait for the end, so that the frames
   * drawn meanwhile are the progress bar's and never a table's layout. */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ROWS] =
    g_param_spec_object ("rows", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGION] =
    g_param_spec_int ("region", NULL, NULL, LIVC_COMPARE_ALL, LIVC_N_REGIONS - 1, LIVC_COMPARE_ALL,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_STAGE] =
    g_param_spec_int ("stage", NULL, NULL, LIVC_COMPARE_ALL, G_MAXINT, LIVC_COMPARE_ALL,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE_FROM] =
    g_param_spec_string ("date-from", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_DATE_TO] =
    g_param_spec_string ("date-to", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SEARCH] =
    g_param_spec_string ("search", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ASSESSMENT_SELECTED] =
    g_signal_new ("assessment-selected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[SIGNAL_TOAST] =
    g_signal_new ("toast", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (LIVC_TYPE_COMPARE_RADAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-compare-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, radar);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, legend);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, region_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, region_names);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, stage_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, stage_names);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, from_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, to_entry);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, table);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareOverview, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_region_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stage_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_from_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_to_changed);
}

static void
livc_compare_overview_init (LivcCompareOverview *self)
{
  GtkSorter *sorter;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->lang = livc_default_lang ();
  self->store = g_list_store_new (LIVC_TYPE_COMPARE_ROW);
  self->domain_columns = g_ptr_array_new_with_free_func (g_object_unref);

  /* Region 0 is every region, then LivcRegion's order, with "unknown" last. */
  gtk_string_list_append (self->region_names, _("All regions"));
  for (guint r = 1; r < LIVC_N_REGIONS; r++)
    gtk_string_list_append (self->region_names, livc_region_get_name ((LivcRegion) r, self->lang));
  gtk_string_list_append (self->region_names, _("Unknown"));

  self->filter = gtk_custom_filter_new (filter_row, self, NULL);
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->store)),
                                              GTK_FILTER (g_object_ref (self->filter)));
  sorter = gtk_column_view_get_sorter (self->table);
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered)),
                                          g_object_ref (sorter));
  /* After the sort model's own handler: the rows are in their new order by then. */
  g_signal_connect_object (sorter, "changed", G_CALLBACK (on_sort_changed), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->sorted)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_column_view_set_model (self->table, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (on_selection_changed), self);
  add_fixed_columns (self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->table), TRUE);
  g_signal_connect (self->table, "query-tooltip", G_CALLBACK (on_table_query_tooltip), NULL);
  update_count (self);
}

GtkWidget *
livc_compare_overview_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARE_OVERVIEW, NULL);
}

LivcComparison *
livc_compare_overview_get_comparison (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return self->comparison;
}

/* A new comparison makes every row again and starts the radar afresh; the same one again
 * has grown, and only its new members get rows, shown at once. Each batch of a load adds
 * its few rows: the table makes the widgets of the rows it may show as they come, and
 * hundreds held back to the load's end cost the main thread well over 100 ms in one go,
 * against some 40 ms for the largest batch. */
void
livc_compare_overview_set_comparison (LivcCompareOverview *self,
                                      LivcComparison      *comparison)
{
  g_autoptr(GPtrArray) rows = NULL;
  guint n_rows;
  gboolean replaced;

  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));
  g_return_if_fail (comparison == NULL || LIVC_IS_COMPARISON (comparison));

  self->legend_dirty = FALSE;
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  replaced = self->comparison != comparison;
  if (replaced)
    {
      g_set_object (&self->comparison, comparison);
      clear_slots (self);
      rows = new_rows (self, 0);
    }
  else
    rows = new_rows (self, n_rows);
  /* The columns first: added later, they would be built into every row again. */
  rebuild_domain_columns (self);
  if (replaced)
    g_list_store_splice (self->store, 0, n_rows, rows->pdata, rows->len);
  else
    g_list_store_splice (self->store, n_rows, 0, rows->pdata, rows->len);
  /* The radar is redrawn only when what it shows changed: once the first few are in,
   * later batches leave it alone. */
  if (replaced || self->legend_dirty)
    {
      self->legend_dirty = FALSE;
      update_radar (self);
      update_legend (self);
    }
  update_count (self);
  if (!self->loading)
    fit_columns (self);
  if (replaced)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

gboolean
livc_compare_overview_get_loading (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), FALSE);
  return self->loading;
}

void
livc_compare_overview_set_loading (LivcCompareOverview *self,
                                   gboolean             loading)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));

  loading = !!loading;
  if (self->loading == loading)
    return;
  self->loading = loading;
  if (!loading)
    {
      /* In a main-loop iteration of its own: the rows just shown have theirs. */
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, fit_columns_later, g_object_ref (self),
                       g_object_unref);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* The table's rows as shown: filtered and sorted. */
GListModel *
livc_compare_overview_get_rows (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return G_LIST_MODEL (self->sorted);
}

/* As a click on a column's header: "name", "date", "province", "region", "overall",
 * "stage" or "domain-N"; NULL for the files' order. */
gboolean
livc_compare_overview_sort_by (LivcCompareOverview *self,
                               const char          *column,
                               gboolean             descending)
{
  GListModel *columns;

  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), FALSE);

  if (column == NULL)
    {
      gtk_column_view_sort_by_column (self->table, NULL, GTK_SORT_ASCENDING);
      return TRUE;
    }
  columns = gtk_column_view_get_columns (self->table);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) col = g_list_model_get_item (columns, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (col), "column-id"), column) == 0)
        {
          gtk_column_view_sort_by_column (self->table, col,
                                          descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
          return TRUE;
        }
    }
  return FALSE;
}

/* A LivcRegion, or LIVC_COMPARE_ALL. */
int
livc_compare_overview_get_region (LivcCompareOverview *self)
{
  guint selected;

  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), LIVC_COMPARE_ALL);

  selected = gtk_drop_down_get_selected (self->region_dropdown);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return LIVC_COMPARE_ALL;
  return selected == LIVC_N_REGIONS ? LIVC_REGION_UNKNOWN : (int) selected;
}

void
livc_compare_overview_set_region (LivcCompareOverview *self,
                                  int                  region)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));

  gtk_drop_down_set_selected (self->region_dropdown,
                              region == LIVC_COMPARE_ALL ? 0
                              : region == LIVC_REGION_UNKNOWN ? LIVC_N_REGIONS : (guint) region);
}

/* An index among the reference questionnaire's stages, or LIVC_COMPARE_ALL. */
int
livc_compare_overview_get_stage (LivcCompareOverview *self)
{
  guint selected;

  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), LIVC_COMPARE_ALL);

  selected = gtk_drop_down_get_selected (self->stage_dropdown);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION)
    return LIVC_COMPARE_ALL;
  return (int) selected - 1;
}

void
livc_compare_overview_set_stage (LivcCompareOverview *self,
                                 int                  stage)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));

  gtk_drop_down_set_selected (self->stage_dropdown,
                              stage == LIVC_COMPARE_ALL ? 0 : (guint) stage + 1);
}

/* Dates as ISO prefixes: "2023" as a start is 2023-01-01, as an end 2023-12-31. */
const char *
livc_compare_overview_get_date_from (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->from_entry));
}

void
livc_compare_overview_set_date_from (LivcCompareOverview *self,
                                     const char          *from)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from ? from : "");
}

const char *
livc_compare_overview_get_date_to (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->to_entry));
}

void
livc_compare_overview_set_date_to (LivcCompareOverview *self,
                                   const char          *to)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to ? to : "");
}

/* Part of a municipality's name, in any case. */
const char *
livc_compare_overview_get_search (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
}

void
livc_compare_overview_set_search (LivcCompareOverview *self,
                                  const char          *search)
{
  g_return_if_fail (LIVC_IS_COMPARE_OVERVIEW (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search ? search : "");
  /* At once, not after the search entry's delay. */
  refilter (self);
}

LivcCompareRadar *
livc_compare_overview_get_radar (LivcCompareOverview *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_OVERVIEW (self), NULL);
  return self->radar;
}
