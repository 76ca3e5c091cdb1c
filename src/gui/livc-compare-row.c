/* livc-compare-row.c: one assessment in the compare window's table. What never changes
 * (names, date, province, stage) is worked out once; the domain scores are read from the
 * comparison, which keeps them aligned by domain id across questionnaire versions.
 * "shown" (its polygon on the radar) is a property so that the table's check buttons and
 * the legend follow one another.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "livc-compare-row.h"

struct _LivcCompareRow
{
  GObject         parent_instance;
  LivcComparison *comparison;
  guint           index;
  char           *name;
  char           *folded;   /* for the search */
  char           *date;
  char           *short_date; /* as the legend and the reports write it */
  LivcRegion      region;
  char           *province_name;
  char           *region_name;
  int             stage;    /* index among the questionnaire's stages, -1 for none */
  char           *stage_name;
  gboolean        shown;
  guint           slot;     /* its colour on the radar while shown */
};

G_DEFINE_FINAL_TYPE (LivcCompareRow, livc_compare_row, G_TYPE_OBJECT)

enum { PROP_0, PROP_SHOWN, N_PROPS };
static GParamSpec *props[N_PROPS];

static void
livc_compare_row_finalize (GObject *object)
{
  LivcCompareRow *self = LIVC_COMPARE_ROW (object);

  g_clear_object (&self->comparison);
  g_free (self->name);
  g_free (self->folded);
  g_free (self->date);
  g_free (self->short_date);
  g_free (self->province_name);
  g_free (self->region_name);
  g_free (self->stage_name);
  G_OBJECT_CLASS (livc_compare_row_parent_class)->finalize (object);
}

static void
livc_compare_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOWN:
      g_value_set_boolean (value, LIVC_COMPARE_ROW (object)->shown);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SHOWN:
      livc_compare_row_set_shown (LIVC_COMPARE_ROW (object), g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
livc_compare_row_class_init (LivcCompareRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = livc_compare_row_finalize;
  object_class->get_property = livc_compare_row_get_property;
  object_class->set_property = livc_compare_row_set_property;
  props[PROP_SHOWN] = g_param_spec_boolean ("shown", NULL, NULL, FALSE,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                            G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, props);
}

static void
livc_compare_row_init (LivcCompareRow *self)
{
  self->stage = -1;
}

/* The provinces and regions of every municipality with a NIS code, each once: a joint
 * cell may straddle a border. */
static void
place (LivcCompareRow *self,
       LivcAssessment *a,
       const char     *lang)
{
  GListModel *list = livc_assessment_get_municipalities (a);
  g_autoptr(GString) provinces = g_string_new (NULL);
  g_autoptr(GString) regions = g_string_new (NULL);

  self->region = LIVC_REGION_UNKNOWN;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LivcMunicipality) m = g_list_model_get_item (list, i);
      LivcProvince p = livc_nis_get_province (livc_municipality_get_nis (m));
      LivcRegion r = livc_province_get_region (p);
      const char *pname = livc_province_get_name (p, lang);
      const char *rname = livc_region_get_name (r, lang);

      if (p == LIVC_PROVINCE_UNKNOWN)
        continue;
      if (self->region == LIVC_REGION_UNKNOWN)
        self->region = r;
      if (p != LIVC_PROVINCE_NONE && strstr (provinces->str, pname) == NULL)
        g_string_append_printf (provinces, "%s%s", provinces->len > 0 ? " · " : "", pname);
      if (strstr (regions->str, rname) == NULL)
        g_string_append_printf (regions, "%s%s", regions->len > 0 ? " · " : "", rname);
    }
  self->province_name = g_strdup (provinces->len > 0 ? provinces->str : "—");
  self->region_name = g_strdup (regions->len > 0 ? regions->str : "—");
}

LivcCompareRow *
livc_compare_row_new (LivcComparison *comparison,
                      guint           index,
                      const char     *lang)
{
  LivcCompareRow *self = g_object_new (LIVC_TYPE_COMPARE_ROW, NULL);
  LivcScoreSet *scores = livc_comparison_get_scores (comparison, index);
  LivcAssessment *a = livc_score_set_get_assessment (scores);
  LivcQuestionnaire *q = livc_score_set_get_questionnaire (scores);
  const LivcDomainScore *overall = livc_score_set_get_overall (scores);

  self->comparison = g_object_ref (comparison);
  self->index = index;
  self->name = livc_assessment_dup_municipality_names (a, " · ");
  self->folded = g_utf8_casefold (self->name, -1);
  self->date = g_strdup (livc_assessment_get_date (a) ? livc_assessment_get_date (a) : "");
  self->short_date = livc_assessment_dup_short_date (a);
  place (self, a, lang);
  if (overall->stage != NULL)
    {
      GListModel *stages = livc_questionnaire_get_stages (q);

      for (guint s = 0; s < g_list_model_get_n_items (stages); s++)
        {
          g_autoptr(LivcStage) stage = g_list_model_get_item (stages, s);
          if (stage == overall->stage)
            self->stage = (int) s;
        }
      self->stage_name = g_strdup (livc_questionnaire_lookup (q,
                                                              livc_stage_get_label (overall->stage),
                                                              lang));
    }
  else
    self->stage_name = g_strdup ("—");
  return self;
}

guint
livc_compare_row_get_index (LivcCompareRow *self)
{
  return self->index;
}

const char *
livc_compare_row_get_path (LivcCompareRow *self)
{
  return livc_comparison_get_label (self->comparison, self->index);
}

const char *
livc_compare_row_get_name (LivcCompareRow *self)
{
  return self->name;
}

const char *
livc_compare_row_get_folded (LivcCompareRow *self)
{
  return self->folded;
}

const char *
livc_compare_row_get_date (LivcCompareRow *self)
{
  return self->date;
}

/* The date as shown: "31/03/2027", as in the radar's legend. */
const char *
livc_compare_row_get_short_date (LivcCompareRow *self)
{
  return self->short_date;
}

LivcRegion
livc_compare_row_get_region (LivcCompareRow *self)
{
  return self->region;
}

const char *
livc_compare_row_get_province_name (LivcCompareRow *self)
{
  return self->province_name;
}

const char *
livc_compare_row_get_region_name (LivcCompareRow *self)
{
  return self->region_name;
}

/* Percent in a domain of the comparison's reference questionnaire, or overall with
 * LIVC_COMPARISON_OVERALL; NAN for none. */
double
livc_compare_row_get_score (LivcCompareRow *self,
                            guint           domain)
{
  return livc_comparison_get_score (self->comparison, self->index, domain);
}

int
livc_compare_row_get_stage (LivcCompareRow *self)
{
  return self->stage;
}

const char *
livc_compare_row_get_stage_name (LivcCompareRow *self)
{
  return self->stage_name;
}

gboolean
livc_compare_row_get_shown (LivcCompareRow *self)
{
  return self->shown;
}

void
livc_compare_row_set_shown (LivcCompareRow *self,
                            gboolean        shown)
{
  if (self->shown == !!shown)
    return;
  self->shown = !!shown;
  g_object_notify_by_pspec (G_OBJECT (self), props[PROP_SHOWN]);
}

guint
livc_compare_row_get_slot (LivcCompareRow *self)
{
  return self->slot;
}

void
livc_compare_row_set_slot (LivcCompareRow *self,
                           guint           slot)
{
  self->slot = slot;
}
