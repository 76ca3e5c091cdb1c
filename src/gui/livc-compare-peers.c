/* livc-compare-peers.c: the compare window's peers view: the chosen cell (the
 * comparison's highlighted one, which the export stands out too) against the median and
 * the 25th–75th percentile band of the others' scores, on a radar and per domain and,
 * unfolded, per item, in words and on a bar.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gi18n.h>

#include "livc-compare-peer-bar.h"
#include "livc-compare-peers.h"
#include "livc-compare-radar.h"

struct _LivcComparePeers
{
  AdwBin            parent_instance;

  /* template */
  GtkDropDown      *peer_dropdown;
  GtkStringList    *peer_names;
  LivcCompareRadar *radar;
  GtkListBox       *peer_list;

  const char       *lang;        /* the questionnaires' language on screen */
  LivcComparison   *comparison;
  GHashTable       *summaries;   /* domain index (overall: n_domains) → text */
  gboolean          updating;    /* the cell is being set, not chosen */
};

G_DEFINE_FINAL_TYPE (LivcComparePeers, livc_compare_peers, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_COMPARISON,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char *
summary (LivcComparePeers *self,
         double            value,
         gboolean          has_peers,
         double            low,
         double            median,
         double            high)
{
  g_autofree char *v = livc_format_percent (value, self->lang);
  g_autofree char *m = livc_format_percent (median, self->lang);
  g_autofree char *l = livc_format_percent (low, self->lang);
  g_autofree char *h = livc_format_percent (high, self->lang);

  if (!has_peers)
    return g_strdup_printf (_("This cell: %s · no other assessment has a score here"), v);
  /* TRANSLATORS: the cell's score, the others' median, their 25th and 75th percentiles. */
  return g_strdup_printf (_("This cell: %s · others’ median: %s · 25th–75th percentile: "
                            "%s–%s"), v, m, l, h);
}

/* The domain's items, per item id across versions. */
static void
add_item_rows (LivcComparePeers *self,
               GtkWidget        *row,
               guint             domain)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (self->comparison);
  GListModel *items = livc_domain_get_items (livc_comparison_get_domain (self->comparison, domain));
  guint highlight = livc_comparison_get_highlight (self->comparison);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LivcItem) item = g_list_model_get_item (items, i);
      const char *id = livc_item_get_id (item);
      double v = livc_comparison_get_item_score (self->comparison, highlight, id);
      double il, im, ih;
      gboolean ihas = livc_comparison_get_item_peer_spread (self->comparison, id, &il, &im, &ih);
      g_autofree char *itext = summary (self, v, ihas, il, im, ih);
      GtkWidget *irow = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (irow), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (irow),
                                     livc_questionnaire_lookup (q, livc_item_get_text (item),
                                                                self->lang));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (irow), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (irow), itext);
      adw_action_row_add_suffix (ADW_ACTION_ROW (irow), livc_compare_peer_bar_new (v, il, im, ih));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), irow);
    }
}

static GtkWidget *
domain_row (LivcComparePeers *self,
            guint             domain)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (self->comparison);
  guint n_domains = livc_comparison_get_n_domains (self->comparison);
  guint highlight = livc_comparison_get_highlight (self->comparison);
  double value = livc_comparison_get_score (self->comparison, highlight, domain);
  double low, median, high;
  gboolean has = livc_comparison_get_peer_spread (self->comparison, domain, &low, &median, &high);
  char *text = summary (self, value, has, low, median, high);
  GtkWidget *row = adw_expander_row_new ();
  const char *title;

  if (domain == LIVC_COMPARISON_OVERALL)
    title = _("Overall");
  else
    {
      LivcDomain *d = livc_comparison_get_domain (self->comparison, domain);

      title = livc_questionnaire_lookup (q, livc_domain_get_title (d), self->lang);
    }
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), text);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row),
                               livc_compare_peer_bar_new (value, low, median, high));
  g_hash_table_insert (self->summaries,
                       GUINT_TO_POINTER (domain == LIVC_COMPARISON_OVERALL ? n_domains : domain),
                       text);
  if (domain == LIVC_COMPARISON_OVERALL)
    adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);
  else
    add_item_rows (self, row, domain);
  return row;
}

static void
refresh (LivcComparePeers *self)
{
  GtkWidget *child;
  guint highlight;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->peer_list))) != NULL)
    gtk_list_box_remove (self->peer_list, child);
  g_hash_table_remove_all (self->summaries);
  if (self->comparison == NULL || livc_comparison_get_n (self->comparison) == 0)
    {
      livc_compare_radar_set_series (self->radar, NULL, NULL, NULL, 0, TRUE);
      return;
    }
  highlight = livc_comparison_get_highlight (self->comparison);
  livc_compare_radar_set_series (self->radar, self->comparison, &highlight, NULL, 1, TRUE);
  gtk_list_box_append (self->peer_list, domain_row (self, LIVC_COMPARISON_OVERALL));
  for (guint d = 0; d < livc_comparison_get_n_domains (self->comparison); d++)
    gtk_list_box_append (self->peer_list, domain_row (self, d));
}

static void
on_peer_chosen (LivcComparePeers *self)
{
  guint selected = gtk_drop_down_get_selected (self->peer_dropdown);

  if (self->updating || self->comparison == NULL ||
      selected >= livc_comparison_get_n (self->comparison))
    return;
  livc_compare_peers_set_highlight (self, selected);
}

static void
rebuild (LivcComparePeers *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; self->comparison != NULL && i < livc_comparison_get_n (self->comparison); i++)
    {
      LivcScoreSet *scores = livc_comparison_get_scores (self->comparison, i);
      LivcAssessment *assessment = livc_score_set_get_assessment (scores);

      g_ptr_array_add (names, livc_assessment_dup_label (assessment));
    }
  g_ptr_array_add (names, NULL);
  self->updating = TRUE;
  gtk_string_list_splice (self->peer_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->peer_names)),
                          (const char * const *) names->pdata);
  if (self->comparison != NULL && livc_comparison_get_n (self->comparison) > 0)
    gtk_drop_down_set_selected (self->peer_dropdown,
                                livc_comparison_get_highlight (self->comparison));
  self->updating = FALSE;
  refresh (self);
}

static void
livc_compare_peers_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LivcComparePeers *self = LIVC_COMPARE_PEERS (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    case PROP_HIGHLIGHT:
      g_value_set_uint (value, livc_compare_peers_get_highlight (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_peers_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LivcComparePeers *self = LIVC_COMPARE_PEERS (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      livc_compare_peers_set_comparison (self, g_value_get_object (value));
      break;
    case PROP_HIGHLIGHT:
      livc_compare_peers_set_highlight (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_peers_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIVC_TYPE_COMPARE_PEERS);
  G_OBJECT_CLASS (livc_compare_peers_parent_class)->dispose (object);
}

static void
livc_compare_peers_finalize (GObject *object)
{
  LivcComparePeers *self = LIVC_COMPARE_PEERS (object);

  g_clear_object (&self->comparison);
  g_hash_table_unref (self->summaries);
  G_OBJECT_CLASS (livc_compare_peers_parent_class)->finalize (object);
}

static void
livc_compare_peers_class_init (LivcComparePeersClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = livc_compare_peers_get_property;
  object_class->set_property = livc_compare_peers_set_property;
  object_class->dispose = livc_compare_peers_dispose;
  object_class->finalize = livc_compare_peers_finalize;

  /* The same comparison set again may have grown: its cells are read again. */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, LIVC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  /* The cell shown against the others: the comparison's highlighted one. */
  properties[PROP_HIGHLIGHT] =
    g_param_spec_uint ("highlight", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIVC_TYPE_COMPARE_RADAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-compare-peers.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcComparePeers, peer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcComparePeers, peer_names);
  gtk_widget_class_bind_template_child (widget_class, LivcComparePeers, radar);
  gtk_widget_class_bind_template_child (widget_class, LivcComparePeers, peer_list);
  gtk_widget_class_bind_template_callback (widget_class, on_peer_chosen);
}

static void
livc_compare_peers_init (LivcComparePeers *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lang = livc_default_lang ();
  self->summaries = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  rebuild (self);
}

GtkWidget *
livc_compare_peers_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARE_PEERS, NULL);
}

LivcComparison *
livc_compare_peers_get_comparison (LivcComparePeers *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_PEERS (self), NULL);
  return self->comparison;
}

/* Reads the comparison's cells again even when it is the same: it may have grown. */
void
livc_compare_peers_set_comparison (LivcComparePeers *self,
                                   LivcComparison   *comparison)
{
  gboolean replaced;

  g_return_if_fail (LIVC_IS_COMPARE_PEERS (self));
  g_return_if_fail (comparison == NULL || LIVC_IS_COMPARISON (comparison));

  replaced = g_set_object (&self->comparison, comparison);
  rebuild (self);
  if (replaced)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

guint
livc_compare_peers_get_highlight (LivcComparePeers *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_PEERS (self), 0);
  return self->comparison != NULL ? livc_comparison_get_highlight (self->comparison) : 0;
}

/* Makes index the comparison's highlighted cell, the one the export stands out too. */
void
livc_compare_peers_set_highlight (LivcComparePeers *self,
                                  guint             index)
{
  g_return_if_fail (LIVC_IS_COMPARE_PEERS (self));
  g_return_if_fail (self->comparison != NULL && index < livc_comparison_get_n (self->comparison));

  livc_comparison_set_highlight (self->comparison, index);
  self->updating = TRUE;
  if (index < g_list_model_get_n_items (G_LIST_MODEL (self->peer_names)))
    gtk_drop_down_set_selected (self->peer_dropdown, index);
  self->updating = FALSE;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/* What the view says of a domain (LIVC_COMPARISON_OVERALL: overall). */
char *
livc_compare_peers_dup_summary (LivcComparePeers *self,
                                guint             domain)
{
  guint key;

  g_return_val_if_fail (LIVC_IS_COMPARE_PEERS (self), NULL);
  if (self->comparison == NULL)
    return NULL;
  key = domain == LIVC_COMPARISON_OVERALL ? livc_comparison_get_n_domains (self->comparison)
                                          : domain;
  return g_strdup (g_hash_table_lookup (self->summaries, GUINT_TO_POINTER (key)));
}
