/* livc-compare-trend.c: the compare window's trend view: one municipality over time, its
 * domain scores per date, the items that moved between two of its assessments (the first
 * and the last at first), and the items added or removed between questionnaire versions.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "livc-compare-trend.h"
#include "livc-compare-trend-chart.h"
#include "livc-reflow-bin.h"

struct _LivcCompareTrend
{
  AdwBin                 parent_instance;

  /* template */
  GtkDropDown           *trend_dropdown;
  GtkDropDown           *from_dropdown;
  GtkDropDown           *to_dropdown;
  GtkStack              *stack;
  LivcCompareTrendChart *chart;
  GtkBox                *moves_box;

  const char            *lang;        /* the questionnaires' language on screen */
  LivcComparison        *comparison;
  GPtrArray             *trends;      /* LivcTrend */
  gboolean               updating;    /* the dates are being set, not chosen */
};

G_DEFINE_FINAL_TYPE (LivcCompareTrend, livc_compare_trend, ADW_TYPE_BIN)

enum
{
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_strings (GtkDropDown *dropdown,
             GPtrArray   *strings)
{
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (dropdown));

  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) strings->pdata);
  g_ptr_array_remove_index (strings, strings->len - 1);
}

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 18);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static GtkWidget *
boxed_list (const char *name)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return list;
}

static char *
level_text (int level)
{
  if (level == LIVC_VALUE_NA)
    return g_strdup (_("not applicable"));
  if (level == LIVC_VALUE_UNKNOWN)
    return g_strdup (_("don’t know"));
  return g_strdup_printf ("%d", level);
}

static void
add_item_rows (LivcCompareTrend *self,
               GtkWidget        *list,
               LivcItem         *item,
               const char       *suffix)
{
  LivcQuestionnaire *q = livc_comparison_get_questionnaire (self->comparison);
  GtkWidget *row = adw_action_row_new ();
  LivcDomain *domain = livc_item_get_domain (item);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 livc_questionnaire_lookup (q, livc_item_get_text (item),
                                                            self->lang));
  if (domain != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                 livc_questionnaire_lookup (q, livc_domain_get_title (domain),
                                                            self->lang));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  if (suffix != NULL)
    {
      GtkWidget *label = gtk_label_new (suffix);

      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  gtk_list_box_append (GTK_LIST_BOX (list), row);
}

/* A heading and the items under it; versions: nothing added or removed is silently
 * dropped. */
static void
add_item_list (LivcCompareTrend *self,
               const char       *title,
               GPtrArray        *items)
{
  GtkWidget *list;

  if (items->len == 0)
    return;
  gtk_box_append (self->moves_box, heading (title));
  list = boxed_list (title);
  for (guint k = 0; k < items->len; k++)
    add_item_rows (self, list, g_ptr_array_index (items, k), NULL);
  gtk_box_append (self->moves_box, list);
}

static void
fill_moves (LivcCompareTrend *self,
            guint             before,
            guint             after)
{
  g_autoptr(GArray) moves = livc_comparison_dup_moves (self->comparison, before, after);
  g_autoptr(GPtrArray) added = livc_comparison_dup_unmatched (self->comparison, before, after,
                                                              TRUE);
  g_autoptr(GPtrArray) removed = livc_comparison_dup_unmatched (self->comparison, before, after,
                                                                FALSE);
  GtkWidget *child, *list;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->moves_box))) != NULL)
    gtk_box_remove (self->moves_box, child);

  gtk_box_append (self->moves_box, heading (_("Items that moved")));
  if (moves->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No rating changed between these two assessments."));

      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (self->moves_box, none);
    }
  else
    {
      list = boxed_list (_("Items that moved"));
      for (guint k = 0; k < moves->len; k++)
        {
          LivcItemMove *move = &g_array_index (moves, LivcItemMove, k);
          g_autofree char *b = level_text (move->before);
          g_autofree char *a = level_text (move->after);
          double points = livc_round_half_away (100 * move->change, 0);
          g_autofree char *text = g_strdup_printf ("%s → %s   (%s%.0f)", b, a,
                                                   points > 0 ? "+" : "\u2212", fabs (points));

          add_item_rows (self, list, move->item, text);
        }
      gtk_box_append (self->moves_box, list);
    }
  add_item_list (self, _("Items added in the later questionnaire version"), added);
  add_item_list (self, _("Items removed from the later questionnaire version"), removed);
}

static LivcTrend *
chosen_trend (LivcCompareTrend *self)
{
  guint selected = gtk_drop_down_get_selected (self->trend_dropdown);

  return g_ptr_array_index (self->trends, MIN (selected, self->trends->len - 1));
}

static void
on_range_changed (LivcCompareTrend *self)
{
  LivcTrend *trend;
  guint from, to;

  if (self->updating || self->trends == NULL || self->trends->len == 0)
    return;
  trend = chosen_trend (self);
  from = MIN (gtk_drop_down_get_selected (self->from_dropdown), trend->n - 1);
  to = MIN (gtk_drop_down_get_selected (self->to_dropdown), trend->n - 1);
  fill_moves (self, trend->members[from], trend->members[to]);
}

/* The chosen municipality: its charts, its dates, first and last chosen. */
static void
on_trend_chosen (LivcCompareTrend *self)
{
  g_autoptr(GPtrArray) dates = g_ptr_array_new_with_free_func (g_free);
  LivcTrend *trend;

  if (self->trends == NULL || self->trends->len == 0 || self->comparison == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  trend = chosen_trend (self);
  for (guint k = 0; k < trend->n; k++)
    {
      LivcScoreSet *scores = livc_comparison_get_scores (self->comparison, trend->members[k]);
      LivcAssessment *assessment = livc_score_set_get_assessment (scores);

      g_ptr_array_add (dates, g_strdup (livc_assessment_get_date (assessment)));
    }
  self->updating = TRUE;
  set_strings (self->from_dropdown, dates);
  set_strings (self->to_dropdown, dates);
  gtk_drop_down_set_selected (self->from_dropdown, 0);
  gtk_drop_down_set_selected (self->to_dropdown, trend->n - 1);
  self->updating = FALSE;
  livc_compare_trend_chart_set_trend (self->chart, self->comparison, trend);
  fill_moves (self, trend->members[0], trend->members[trend->n - 1]);
  gtk_stack_set_visible_child_name (self->stack, "trend");
}

static void
rebuild (LivcCompareTrend *self)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();

  g_clear_pointer (&self->trends, g_ptr_array_unref);
  if (self->comparison != NULL)
    self->trends = livc_comparison_dup_trends (self->comparison);
  for (guint t = 0; self->trends != NULL && t < self->trends->len; t++)
    g_ptr_array_add (names, ((LivcTrend *) g_ptr_array_index (self->trends, t))->name);
  set_strings (self->trend_dropdown, names);
  on_trend_chosen (self);
}

static void
livc_compare_trend_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LivcCompareTrend *self = LIVC_COMPARE_TREND (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_trend_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LivcCompareTrend *self = LIVC_COMPARE_TREND (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      livc_compare_trend_set_comparison (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_trend_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LIVC_TYPE_COMPARE_TREND);
  G_OBJECT_CLASS (livc_compare_trend_parent_class)->dispose (object);
}

static void
livc_compare_trend_finalize (GObject *object)
{
  LivcCompareTrend *self = LIVC_COMPARE_TREND (object);

  g_clear_object (&self->comparison);
  g_clear_pointer (&self->trends, g_ptr_array_unref);
  G_OBJECT_CLASS (livc_compare_trend_parent_class)->finalize (object);
}

static void
livc_compare_trend_class_init (LivcCompareTrendClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = livc_compare_trend_get_property;
  object_class->set_property = livc_compare_trend_set_property;
  object_class->dispose = livc_compare_trend_dispose;
  object_class->finalize = livc_compare_trend_finalize;

  /* The same comparison set again may have grown: its trends are read again. */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL, LIVC_TYPE_COMPARISON,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LIVC_TYPE_COMPARE_TREND_CHART);
  g_type_ensure (LIVC_TYPE_REFLOW_BIN);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/be/livcscan/app/livc-compare-trend.ui");
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, trend_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, from_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, to_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, stack);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, chart);
  gtk_widget_class_bind_template_child (widget_class, LivcCompareTrend, moves_box);
  gtk_widget_class_bind_template_callback (widget_class, on_trend_chosen);
  gtk_widget_class_bind_template_callback (widget_class, on_range_changed);
}

static void
livc_compare_trend_init (LivcCompareTrend *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->lang = livc_default_lang ();
  rebuild (self);
}

GtkWidget *
livc_compare_trend_new (void)
{
  return g_object_new (LIVC_TYPE_COMPARE_TREND, NULL);
}

LivcComparison *
livc_compare_trend_get_comparison (LivcCompareTrend *self)
{
  g_return_val_if_fail (LIVC_IS_COMPARE_TREND (self), NULL);
  return self->comparison;
}

/* Reads the comparison's trends again even when it is the same: it may have grown. */
void
livc_compare_trend_set_comparison (LivcCompareTrend *self,
                                   LivcComparison   *comparison)
{
  gboolean replaced;

  g_return_if_fail (LIVC_IS_COMPARE_TREND (self));
  g_return_if_fail (comparison == NULL || LIVC_IS_COMPARISON (comparison));

  replaced = g_set_object (&self->comparison, comparison);
  rebuild (self);
  if (replaced)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}
