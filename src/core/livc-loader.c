/* livc-loader.c: builds questionnaires and assessments from parsed XML and checks every
 * rule of the format, collecting all problems of a file with their lines.
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "livc-action-private.h"
#include "livc-answer-private.h"
#include "livc-assessment-private.h"
#include "livc-domain-private.h"
#include "livc-item-private.h"
#include "livc-loader.h"
#include "livc-loader-private.h"
#include "livc-municipality-private.h"
#include "livc-participant-private.h"
#include "livc-questionnaire-private.h"
#include "livc-recommendation-private.h"
#include "livc-scale-private.h"
#include "livc-stage-private.h"
#include "livc-xml.h"

#define SCHEMA_QUESTIONNAIRE "/be/livcscan/schema/questionnaire-1.rng"
#define SCHEMA_ASSESSMENT    "/be/livcscan/schema/assessment-1.rng"
#define MAX_WEIGHT           1000000.0
#define MAX_DOMAINS          12
#define MIN_LEVELS           2
#define MAX_LEVELS           11

G_DEFINE_QUARK (livc-loader-error-quark, livc_loader_error)

typedef LivcLoaderCtx Ctx;

/* Adds a problem at LINE of the file (0 for the whole file), counting the errors. */
void
_livc_loader_add (LivcLoaderCtx *ctx,
                  LivcSeverity   severity,
                  int            line,
                  const char    *format,
                  ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  if (severity == LIVC_SEVERITY_ERROR)
    ctx->n_errors++;
  livc_diagnostics_add (ctx->diag, severity, ctx->file, line, "%s", message);
}

static int
node_line (xmlNode *node)
{
  return node != NULL ? livc_xml_line (node) : 0;
}

#define error_at(ctx, node, ...) \
  _livc_loader_add ((ctx), LIVC_SEVERITY_ERROR, node_line (node), __VA_ARGS__)

/* Sets ERROR to every error found since FIRST, one a line. */
void
_livc_loader_fail (LivcLoaderCtx *ctx,
                   guint          first,
                   int            code,
                   GError       **error)
{
  g_autofree char *message = livc_diagnostics_join (ctx->diag, first, LIVC_SEVERITY_ERROR);

  g_set_error_literal (error, LIVC_LOADER_ERROR, code, message);
}

static xmlNode *
next_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

#define FOR_EACH_ELEMENT(child, parent) \
  for (xmlNode *child = next_element ((parent)->children); child != NULL; \
       child = next_element (child->next))

/* XInclude is never processed; an include element is refused where it stands rather than
 * passed over, so nobody believes a fragment was pulled in. */
static void
refuse_xinclude (Ctx     *ctx,
                 xmlNode *node,
                 guint    depth)
{
  FOR_EACH_ELEMENT (child, node)
    {
      if (livc_xml_is_xinclude (child))
        error_at (ctx, child, _("XInclude is not allowed"));
      else if (depth < 300)
        refuse_xinclude (ctx, child, depth + 1);
    }
}

/* The schemas take any foreign element, the other LIVC Scan vocabulary included; the
 * format refuses it, so that a questionnaire element in an assessment (or the reverse)
 * is not kept as if it were an extension. */
static void
refuse_other_vocabulary (Ctx        *ctx,
                         xmlNode    *node,
                         const char *other_ns,
                         guint       depth)
{
  FOR_EACH_ELEMENT (child, node)
    {
      if (child->ns != NULL && strcmp ((const char *) child->ns->href, other_ns) == 0)
        error_at (ctx, child, _("the element <%s> of the other LIVC Scan vocabulary (%s) is "
                                "not allowed here"), (const char *) child->name, other_ns);
      else if (depth < 300)
        refuse_other_vocabulary (ctx, child, other_ns, depth + 1);
    }
}

/* Identifiers are checked before the schema so that a bad one gets a message that names
 * it, rather than the schema's account of which branch failed. */
static void
check_identifiers (Ctx        *ctx,
                   xmlNode    *node,
                   const char *ns,
                   guint       depth)
{
  static const char *id_attrs[] = { "id", "item", "participant", "domain", "scale",
                                    "questionnaire", "when", "old", "instance" };

  if (node->ns == NULL || strcmp ((const char *) node->ns->href, ns) != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (id_attrs); i++)
    {
      g_autofree char *value = livc_xml_prop (node, id_attrs[i]);

      if (value != NULL && !livc_id_is_valid (value))
        error_at (ctx, node, _("“%s” is not a valid identifier for %s=: use lower-case letters, "
                               "digits, “.”, “_” and “-”, at most 64, starting with a letter or "
                               "digit"), value, id_attrs[i]);
    }
  if (depth < 300)
    FOR_EACH_ELEMENT (child, node)
      check_identifiers (ctx, child, ns, depth + 1);
}

/* Required children, also checked before the schema: libxml2 reports a missing child of
 * an interleave as whichever branch it tried first. */
static const struct
{
  const char *parent;
  const char *child;
} required_children[] = {
  { "assessment", "municipality" },
  { "assessment", "date" },
  { "questionnaire", "title" },
  { "questionnaire", "scale" },
  { "questionnaire", "domain" },
  { "scale", "level" },
  { "level", "label" },
  { "stage", "label" },
  { "domain", "title" },
  { "domain", "item" },
  { "item", "text" },
  { "recommendation", "text" },
};

static void
check_required (Ctx        *ctx,
                xmlNode    *node,
                const char *ns,
                guint       depth)
{
  if (node->ns == NULL || strcmp ((const char *) node->ns->href, ns) != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (required_children); i++)
    {
      gboolean found = FALSE;

      if (strcmp ((const char *) node->name, required_children[i].parent) != 0)
        continue;
      FOR_EACH_ELEMENT (child, node)
        if (livc_xml_is (child, ns, required_children[i].child))
          found = TRUE;
      if (!found)
        error_at (ctx, node, _("<%s> lacks the element <%s>"), required_children[i].parent,
                  required_children[i].child);
    }
  if (depth < 300)
    FOR_EACH_ELEMENT (child, node)
      check_required (ctx, child, ns, depth + 1);
}

/* Numeric attributes, also checked before the schema: a weight of "0x10" or "1e3" made the
 * schema report whichever branch it tried last ("the element <text> is missing"); the
 * message names the attribute, its value and its line instead. */
static const struct
{
  const char *element;
  const char *attr;
  gboolean    integer;
  double      min;
  double      max;
} number_attributes[] = {
  { "domain", "weight", FALSE, 0, MAX_WEIGHT },
  { "item", "weight", FALSE, 0, MAX_WEIGHT },
  { "stage", "min", FALSE, 0, 100 },
  { "recommendation", "min", FALSE, 0, 100 },
  { "recommendation", "max", FALSE, 0, 100 },
  { "recommendation", "below", FALSE, -INFINITY, INFINITY },
  { "level", "value", TRUE, -INFINITY, INFINITY },
  { "domain", "when-min", TRUE, -INFINITY, INFINITY },
};

/* The lexical form of xsd:decimal (and of xsd:integer): an optional sign, digits with
 * an optional "." part, surrounded by any XML white space; no exponent, no hex, no INF. */
static gboolean
is_decimal (const char *text,
            gboolean    integer)
{
  const char *p = text;
  guint digits = 0;

  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  if (*p == '+' || *p == '-')
    p++;
  for (; g_ascii_isdigit (*p); p++)
    digits++;
  if (*p == '.' && !integer)
    for (p++; g_ascii_isdigit (*p); p++)
      digits++;
  while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
    p++;
  return digits > 0 && *p == '\0';
}

static void
check_numbers (Ctx        *ctx,
               xmlNode    *node,
               const char *ns,
               guint       depth)
{
  if (node->ns == NULL || strcmp ((const char *) node->ns->href, ns) != 0)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (number_attributes); i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *shown = NULL;
      double v;

      if (strcmp ((const char *) node->name, number_attributes[i].element) != 0)
        continue;
      value = livc_xml_prop (node, number_attributes[i].attr);
      if (value == NULL)
        continue;
      if (g_utf8_strlen (value, -1) > 40)
        shown = g_strdup_printf ("%.*s…", (int) (g_utf8_offset_to_pointer (value, 40) - value),
                                 value);
      else
        shown = g_strdup (value);
      if (!is_decimal (value, number_attributes[i].integer))
        {
          if (number_attributes[i].integer)
            error_at (ctx, node, _("the attribute %s=“%s” of <%s> is not a whole number"),
                      number_attributes[i].attr, shown, number_attributes[i].element);
          else
            error_at (ctx, node, _("the attribute %s=“%s” of <%s> is not a decimal number "
                                   "(digits, with “.” before any decimals)"),
                      number_attributes[i].attr, shown, number_attributes[i].element);
          continue;
        }
      v = g_ascii_strtod (g_strstrip (value), NULL);
      if (!(v >= number_attributes[i].min && v <= number_attributes[i].max))
        {
          char min[G_ASCII_DTOSTR_BUF_SIZE], max[G_ASCII_DTOSTR_BUF_SIZE];

          error_at (ctx, node,
                    _("the attribute %s=“%s” of <%s> must be a number from %s to %s"),
                    number_attributes[i].attr, shown, number_attributes[i].element,
                    g_ascii_formatd (min, sizeof min, "%.15g", number_attributes[i].min),
                    g_ascii_formatd (max, sizeof max, "%.15g", number_attributes[i].max));
        }
    }
  if (depth < 300)
    FOR_EACH_ELEMENT (child, node)
      check_numbers (ctx, child, ns, depth + 1);
}

static gboolean
parse_number (Ctx        *ctx,
              xmlNode    *node,
              const char *attr,
              double      min,
              double      max,
              double     *value)
{
  g_autofree char *str = livc_xml_prop (node, attr);
  char *end = NULL;
  double v;

  if (str == NULL)
    return FALSE;
  /* The schema's decimal: surrounding white space allowed, no hex, exponent or INF. */
  if (is_decimal (str, FALSE))
    g_strstrip (str);
  v = g_ascii_strtod (str, &end);
  if (!is_decimal (str, FALSE) || end == str || *end != '\0' || !isfinite (v) || v < min ||
      v > max)
    {
      char lo[G_ASCII_DTOSTR_BUF_SIZE], hi[G_ASCII_DTOSTR_BUF_SIZE];

      error_at (ctx, node, _("the attribute %s=“%s” of <%s> must be a number from %s to %s"),
                attr, str, (const char *) node->name,
                g_ascii_formatd (lo, sizeof lo, "%.15g", min),
                g_ascii_formatd (hi, sizeof hi, "%.15g", max));
      return FALSE;
    }
  *value = v;
  return TRUE;
}

static void
read_translated (Ctx        *ctx,
                 xmlNode    *node,
                 LivcText   *text)
{
  xmlChar *lang = xmlGetNsProp (node, (const xmlChar *) "lang", (const xmlChar *) LIVC_XML_NS);
  g_autofree char *content = livc_xml_text (node);

  if (lang == NULL || *lang == '\0')
    {
      error_at (ctx, node, _("the element <%s> needs an xml:lang attribute"),
                (const char *) node->name);
      xmlFree (lang);
      return;
    }
  if (livc_text_get_exact (text, (const char *) lang) != NULL)
    error_at (ctx, node, _("a second <%s> in the language “%s”"), (const char *) node->name,
              (const char *) lang);
  else
    livc_text_set (text, (const char *) lang, content);
  livc_text_set_line (text, livc_xml_line (node));
  xmlFree (lang);
}

/* Questionnaires */

static LivcScale *
read_scale (Ctx     *ctx,
            xmlNode *node)
{
  LivcScale *scale = livc_scale_new ();
  guint n_levels = 0;

  scale->id = livc_xml_prop (node, "id");
  scale->line = livc_xml_line (node);
  FOR_EACH_ELEMENT (child, node)
    {
      g_autofree char *value = NULL;
      LivcLevel level = { 0 };

      if (!livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "level"))
        continue;
      n_levels++;
      value = livc_xml_prop (child, "value");
      if (!livc_value_parse (value, &level.value) || !LIVC_VALUE_IS_LEVEL (level.value))
        {
          error_at (ctx, child, _("the level value “%s” is not a usable whole number"),
                    value ? value : "");
          continue;
        }
      if (scale->levels->len > 0 &&
          g_array_index (scale->levels, LivcLevel, scale->levels->len - 1).value >= level.value)
        {
          error_at (ctx, child, _("level values must increase: %d does not follow %d"),
                    level.value,
                    g_array_index (scale->levels, LivcLevel, scale->levels->len - 1).value);
          continue;
        }
      level.label = livc_text_new ();
      level.description = livc_text_new ();
      FOR_EACH_ELEMENT (t, child)
        {
          if (livc_xml_is (t, LIVC_QUESTIONNAIRE_NS, "label"))
            read_translated (ctx, t, level.label);
          else if (livc_xml_is (t, LIVC_QUESTIONNAIRE_NS, "description"))
            read_translated (ctx, t, level.description);
        }
      g_array_append_val (scale->levels, level);
    }
  if (n_levels < MIN_LEVELS || n_levels > MAX_LEVELS)
    error_at (ctx, node,
              g_dngettext (GETTEXT_PACKAGE,
                           "the scale “%s” has %u level; a scale has 2 to 11",
                           "the scale “%s” has %u levels; a scale has 2 to 11",
                           n_levels),
              scale->id, n_levels);
  return scale;
}

static void
read_stages (Ctx               *ctx,
             xmlNode           *node,
             LivcQuestionnaire *q)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  double previous = -1;

  FOR_EACH_ELEMENT (child, node)
    {
      g_autoptr(LivcStage) stage = NULL;

      if (!livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "stage"))
        continue;
      stage = livc_stage_new ();
      stage->id = livc_xml_prop (child, "id");
      stage->line = livc_xml_line (child);
      if (!g_hash_table_add (ids, g_strdup (stage->id)))
        error_at (ctx, child, _("the stage id “%s” is used twice"), stage->id);
      if (!parse_number (ctx, child, "min", 0, 100, &stage->min))
        continue;
      if (previous < 0 && stage->min != 0)
        error_at (ctx, child, _("the first stage must start at 0, not at %g"), stage->min);
      else if (previous >= 0 && stage->min <= previous)
        error_at (ctx, child, _("stage minimums must increase: %g does not follow %g"),
                  stage->min, previous);
      previous = stage->min;
      FOR_EACH_ELEMENT (t, child)
        {
          if (livc_xml_is (t, LIVC_QUESTIONNAIRE_NS, "label"))
            read_translated (ctx, t, stage->label);
          else if (livc_xml_is (t, LIVC_QUESTIONNAIRE_NS, "description"))
            read_translated (ctx, t, stage->description);
        }
      livc_array_list_append (q->stages, stage);
    }
}

static LivcScale *
find_scale (LivcQuestionnaire *q,
            const char        *id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (q->scales));

  for (guint i = 0; i < n; i++)
    {
      LivcScale *scale = g_list_model_get_item (G_LIST_MODEL (q->scales), i);

      g_object_unref (scale);
      if (id == NULL || g_strcmp0 (scale->id, id) == 0)
        return scale;
    }
  return NULL;
}

static LivcItem *
read_item (Ctx               *ctx,
           xmlNode           *node,
           LivcQuestionnaire *q,
           GHashTable        *item_lines)
{
  LivcItem *item = livc_item_new ();
  g_autofree char *scale_id = livc_xml_prop (node, "scale");
  g_autofree char *basis = livc_xml_prop (node, "basis");
  gpointer first_line;

  item->id = livc_xml_prop (node, "id");
  item->line = livc_xml_line (node);
  if (g_hash_table_lookup_extended (item_lines, item->id, NULL, &first_line))
    error_at (ctx, node, _("the item id “%s” is used twice (first on line %d)"), item->id,
              GPOINTER_TO_INT (first_line));
  else
    g_hash_table_insert (item_lines, g_strdup (item->id), GINT_TO_POINTER (item->line));

  /* An item without a scale uses the questionnaire's first scale. */
  item->scale = find_scale (q, scale_id);
  if (item->scale == NULL)
    error_at (ctx, node, _("the item “%s” refers to the scale “%s”, which does not exist"),
              item->id, scale_id);
  else
    g_object_ref (item->scale);
  parse_number (ctx, node, "weight", 0, MAX_WEIGHT, &item->weight);
  item->basis = g_strcmp0 (basis, "legal") == 0 ? LIVC_BASIS_LEGAL : LIVC_BASIS_PRACTICE;

  FOR_EACH_ELEMENT (child, node)
    {
      if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "text"))
        read_translated (ctx, child, item->text);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "guidance"))
        read_translated (ctx, child, item->guidance);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "reference"))
        {
          g_autofree char *ref = livc_xml_text (child);
          g_strstrip (ref);
          if (*ref != '\0')
            g_ptr_array_add (item->references, g_steal_pointer (&ref));
        }
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "replaces"))
        g_ptr_array_add (item->replaces, livc_xml_prop (child, "old"));
    }
  if (item->basis == LIVC_BASIS_LEGAL && item->references->len == 0)
    error_at (ctx, node, _("the legal item “%s” needs at least one <reference>"), item->id);
  return item;
}

static LivcRecommendation *
read_recommendation (Ctx     *ctx,
                     xmlNode *node)
{
  LivcRecommendation *rec = livc_recommendation_new ();

  rec->line = livc_xml_line (node);
  rec->item_id = livc_xml_prop (node, "item");
  if (rec->item_id != NULL)
    {
      rec->kind = LIVC_RECOMMENDATION_ITEM;
      parse_number (ctx, node, "below", -1e9, 1e9, &rec->below);
    }
  else
    {
      rec->kind = LIVC_RECOMMENDATION_BAND;
      if (parse_number (ctx, node, "min", 0, 100, &rec->min) &&
          parse_number (ctx, node, "max", 0, 100, &rec->max) && rec->min > rec->max)
        error_at (ctx, node, _("the band’s min %g is above its max %g"), rec->min, rec->max);
    }
  FOR_EACH_ELEMENT (child, node)
    if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "text"))
      read_translated (ctx, child, rec->text);
  return rec;
}

static void
read_instance (Ctx        *ctx,
               xmlNode    *node,
               LivcDomain *domain)
{
  LivcDomainInstance instance = { livc_xml_prop (node, "id"), livc_text_new (),
                                  livc_text_new (), livc_xml_line (node) };

  if (livc_domain_find_instance (domain, instance.id) >= 0)
    error_at (ctx, node, _("the instance id “%s” is used twice in the domain “%s”"),
              instance.id, domain->id);
  FOR_EACH_ELEMENT (child, node)
    {
      if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "label"))
        read_translated (ctx, child, instance.label);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "description"))
        read_translated (ctx, child, instance.description);
    }
  g_array_append_val (domain->instances, instance);
}

static LivcDomain *
read_domain (Ctx               *ctx,
             xmlNode           *node,
             LivcQuestionnaire *q,
             GHashTable        *item_lines)
{
  LivcDomain *domain = livc_domain_new ();
  guint n_recs;

  domain->id = livc_xml_prop (node, "id");
  domain->line = livc_xml_line (node);
  domain->when_item = livc_xml_prop (node, "when");
  domain->when_line = domain->line;
  if (domain->when_item != NULL)
    {
      double when_min;

      domain->has_when_min = parse_number (ctx, node, "when-min", -1e9, 1e9, &when_min);
      domain->when_min = domain->has_when_min ? (int) when_min : 0;
    }
  parse_number (ctx, node, "weight", 0, MAX_WEIGHT, &domain->weight);
  FOR_EACH_ELEMENT (child, node)
    {
      if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "instance"))
        read_instance (ctx, child, domain);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "title"))
        read_translated (ctx, child, domain->title);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "description"))
        read_translated (ctx, child, domain->description);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "item"))
        {
          g_autoptr(LivcItem) item = read_item (ctx, child, q, item_lines);
          item->domain = domain;
          livc_array_list_append (domain->items, item);
        }
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "recommendation"))
        {
          g_autoptr(LivcRecommendation) rec = read_recommendation (ctx, child);
          rec->domain = domain;
          livc_array_list_append (domain->recommendations, rec);
        }
    }

  /* Item recommendations may only speak of this domain's items. */
  n_recs = g_list_model_get_n_items (G_LIST_MODEL (domain->recommendations));
  for (guint i = 0; i < n_recs; i++)
    {
      g_autoptr(LivcRecommendation) rec =
        g_list_model_get_item (G_LIST_MODEL (domain->recommendations), i);
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (domain->items));
      gboolean found = FALSE;

      if (rec->kind != LIVC_RECOMMENDATION_ITEM)
        continue;
      for (guint j = 0; j < n_items && !found; j++)
        {
          g_autoptr(LivcItem) item = g_list_model_get_item (G_LIST_MODEL (domain->items), j);
          found = g_strcmp0 (item->id, rec->item_id) == 0;
        }
      if (!found)
        _livc_loader_add (ctx, LIVC_SEVERITY_ERROR, rec->line,
                          _("the recommendation refers to the item “%s”, which is not in "
                            "the domain “%s”"),
                          rec->item_id, domain->id);
    }
  return domain;
}

/* A conditional domain depends on an item asked once in a domain always asked, and opens
 * at a level of that item's scale; an item replaces only ids this version does not have. */
static void
check_conditions (Ctx               *ctx,
                  LivcQuestionnaire *q)
{
  guint n_domains = g_list_model_get_n_items (G_LIST_MODEL (q->domains));

  for (guint d = 0; d < n_domains; d++)
    {
      g_autoptr(LivcDomain) domain = g_list_model_get_item (G_LIST_MODEL (q->domains), d);
      LivcDomain *gate_domain;
      LivcScale *scale;

      if (domain->when_item == NULL)
        continue;
      if (domain->when == NULL)
        {
          ctx->n_errors++;
          livc_diagnostics_add (ctx->diag, LIVC_SEVERITY_ERROR, ctx->file, domain->when_line,
                                _("the domain “%s” depends on the item “%s”, which is not in "
                                  "the questionnaire"), domain->id, domain->when_item);
          continue;
        }
      gate_domain = domain->when->domain;
      if (gate_domain == domain || gate_domain->when_item != NULL ||
          gate_domain->instances->len > 0)
        {
          ctx->n_errors++;
          livc_diagnostics_add (ctx->diag, LIVC_SEVERITY_ERROR, ctx->file, domain->when_line,
                                _("the domain “%s” cannot depend on the item “%s”: it must be "
                                  "an item of another domain, one that is always asked once"),
                                domain->id, domain->when_item);
          continue;
        }
      scale = domain->when->scale;
      if (scale == NULL)
        continue;
      if (!domain->has_when_min)
        {
          /* By default any level above the lowest opens the domain ("yes" on a no/yes
           * scale). */
          const LivcLevel *second = &g_array_index (scale->levels, LivcLevel,
                                                    MIN (1, scale->levels->len - 1));
          domain->when_min = second->value;
        }
      else if (livc_scale_find_level (scale, domain->when_min) < 0)
        {
          ctx->n_errors++;
          livc_diagnostics_add (ctx->diag, LIVC_SEVERITY_ERROR, ctx->file, domain->when_line,
                                _("the attribute when-min=“%d” of the domain “%s” is not a "
                                  "level of the scale of the item “%s”"),
                                domain->when_min, domain->id, domain->when_item);
        }
    }

  for (guint i = 0; i < q->items->len; i++)
    {
      LivcItem *item = g_ptr_array_index (q->items, i);

      for (guint r = 0; r < item->replaces->len; r++)
        {
          const char *old = g_ptr_array_index (item->replaces, r);

          if (livc_questionnaire_find_item (q, old) != NULL)
            {
              ctx->n_errors++;
              livc_diagnostics_add (ctx->diag, LIVC_SEVERITY_ERROR, ctx->file, item->line,
                                    _("the item “%s” replaces “%s”, an item this questionnaire "
                                      "still has"), item->id, old);
            }
        }
    }
}

static LivcQuestionnaire *
questionnaire_from_doc (xmlDoc     *doc,
                        Ctx        *ctx)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autoptr(LivcQuestionnaire) q = livc_questionnaire_new ();
  g_autoptr(GHashTable) scale_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) domain_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) item_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n_domains = 0;

  q->id = livc_xml_prop (root, "id");
  q->version = livc_xml_prop (root, "version");
  q->source_lang = livc_xml_prop (root, "source-lang");

  FOR_EACH_ELEMENT (child, root)
    {
      if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "title"))
        read_translated (ctx, child, q->title);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "description"))
        read_translated (ctx, child, q->description);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "scale"))
        {
          g_autoptr(LivcScale) scale = read_scale (ctx, child);
          if (!g_hash_table_add (scale_ids, g_strdup (scale->id)))
            error_at (ctx, child, _("the scale id “%s” is used twice"), scale->id);
          livc_array_list_append (q->scales, scale);
        }
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "stages"))
        read_stages (ctx, child, q);
      else if (livc_xml_is (child, LIVC_QUESTIONNAIRE_NS, "domain"))
        {
          g_autoptr(LivcDomain) domain = NULL;

          if (++n_domains > MAX_DOMAINS)
            {
              if (n_domains == MAX_DOMAINS + 1)
                error_at (ctx, child, _("a questionnaire has at most 12 domains"));
              continue;
            }
          domain = read_domain (ctx, child, q, item_lines);
          if (!g_hash_table_add (domain_ids, g_strdup (domain->id)))
            error_at (ctx, child, _("the domain id “%s” is used twice"), domain->id);
          livc_array_list_append (q->domains, domain);
        }
    }
  livc_questionnaire_index (q);
  check_conditions (ctx, q);
  return g_steal_pointer (&q);
}

typedef enum
{
  KIND_QUESTIONNAIRE,
  KIND_ASSESSMENT,
} Kind;

static gboolean
check_root (Ctx     *ctx,
            xmlDoc  *doc,
            Kind     kind)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  const char *ns = kind == KIND_QUESTIONNAIRE ? LIVC_QUESTIONNAIRE_NS : LIVC_ASSESSMENT_NS;
  const char *name = kind == KIND_QUESTIONNAIRE ? "questionnaire" : "assessment";

  if (!livc_xml_is (root, ns, name))
    {
      if (kind == KIND_QUESTIONNAIRE)
        error_at (ctx, root, _("this is not a LIVC Scan questionnaire (expected <questionnaire> "
                               "in the namespace %s)"), ns);
      else
        error_at (ctx, root, _("this is not a LIVC Scan assessment (expected <assessment> "
                               "in the namespace %s)"), ns);
      return FALSE;
    }
  return TRUE;
}

/* Everything a document of either kind goes through before its own rules. */
static gboolean
check_document (Ctx        *ctx,
                xmlDoc     *doc,
                Kind        kind,
                int        *code)
{
  guint errors = ctx->n_errors;

  if (!check_root (ctx, doc, kind))
    {
      *code = LIVC_LOADER_ERROR_VOCABULARY;
      return FALSE;
    }
  refuse_xinclude (ctx, xmlDocGetRootElement (doc), 0);
  if (ctx->n_errors > errors)
    {
      *code = LIVC_LOADER_ERROR_FORBIDDEN;
      return FALSE;
    }
  check_identifiers (ctx, xmlDocGetRootElement (doc),
                     kind == KIND_QUESTIONNAIRE ? LIVC_QUESTIONNAIRE_NS : LIVC_ASSESSMENT_NS, 0);
  check_required (ctx, xmlDocGetRootElement (doc),
                  kind == KIND_QUESTIONNAIRE ? LIVC_QUESTIONNAIRE_NS : LIVC_ASSESSMENT_NS, 0);
  check_numbers (ctx, xmlDocGetRootElement (doc),
                 kind == KIND_QUESTIONNAIRE ? LIVC_QUESTIONNAIRE_NS : LIVC_ASSESSMENT_NS, 0);
  refuse_other_vocabulary (ctx, xmlDocGetRootElement (doc),
                           kind == KIND_QUESTIONNAIRE ? LIVC_ASSESSMENT_NS
                                                      : LIVC_QUESTIONNAIRE_NS,
                           0);
  if (ctx->n_errors > errors)
    {
      *code = LIVC_LOADER_ERROR_INVALID;
      return FALSE;
    }
  if (!livc_xml_validate (doc,
                          kind == KIND_QUESTIONNAIRE ? SCHEMA_QUESTIONNAIRE : SCHEMA_ASSESSMENT,
                          ctx->file, ctx->diag))
    {
      ctx->n_errors++;
      *code = LIVC_LOADER_ERROR_SCHEMA;
      return FALSE;
    }
  return TRUE;
}

static LivcQuestionnaire *
load_questionnaire_doc (xmlDoc          *doc,
                        const char      *display_name,
                        LivcDiagnostics *diag,
                        guint            first,
                        GError         **error)
{
  Ctx ctx = { display_name, diag, 0 };
  g_autoptr(LivcQuestionnaire) q = NULL;
  int code = LIVC_LOADER_ERROR_INVALID;

  if (!check_document (&ctx, doc, KIND_QUESTIONNAIRE, &code))
    {
      _livc_loader_fail (&ctx, first, code, error);
      return NULL;
    }
  q = questionnaire_from_doc (doc, &ctx);
  if (ctx.n_errors > 0)
    {
      _livc_loader_fail (&ctx, first, LIVC_LOADER_ERROR_INVALID, error);
      return NULL;
    }
  q->location = g_strdup (display_name);
  return g_steal_pointer (&q);
}

/* Assessments */

static void
read_answer (Ctx            *ctx,
             xmlNode        *node,
             LivcAssessment *a,
             GHashTable     *answer_lines)
{
  g_autofree char *item_id = livc_xml_prop (node, "item");
  g_autofree char *instance = livc_xml_prop (node, "instance");
  g_autofree char *value = livc_xml_prop (node, "value");
  g_autoptr(LivcAnswer) answer = livc_answer_new_for_instance (item_id, instance);
  gpointer first_line;
  int v;

  livc_answer_set_line (answer, livc_xml_line (node));
  if (g_hash_table_lookup_extended (answer_lines, livc_answer_get_key (answer), NULL,
                                    &first_line))
    error_at (ctx, node, _("a second answer for the item “%s” (the first is on line %d)"),
              item_id, GPOINTER_TO_INT (first_line));
  else
    g_hash_table_insert (answer_lines, g_strdup (livc_answer_get_key (answer)),
                         GINT_TO_POINTER (livc_answer_get_line (answer)));
  if (value != NULL)
    {
      if (livc_value_parse (value, &v))
        livc_answer_set_value (answer, v);
      else
        error_at (ctx, node, _("the answer to the item “%s” has the value “%s”, which is "
                               "neither a level, “na” nor “unknown”"), item_id, value);
    }

  FOR_EACH_ELEMENT (child, node)
    {
      if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "rating"))
        {
          g_autofree char *participant = livc_xml_prop (child, "participant");
          g_autofree char *rvalue = livc_xml_prop (child, "value");

          if (livc_assessment_find_participant (a, participant) == NULL)
            error_at (ctx, child, _("the rating for the item “%s” is by “%s”, who is not among "
                                    "the participants"), item_id, participant);
          else if (livc_answer_get_rating_for (answer, participant) != LIVC_VALUE_NONE)
            error_at (ctx, child, _("“%s” rates the item “%s” twice"), participant, item_id);
          else if (!livc_value_parse (rvalue, &v))
            error_at (ctx, child, _("the rating by “%s” for the item “%s” has the value “%s”, "
                                    "which is neither a level, “na” nor “unknown”"),
                      participant, item_id, rvalue);
          else
            {
              guint n;

              livc_answer_set_rating (answer, participant, v);
              n = livc_answer_get_n_ratings (answer);
              ((LivcRating *) livc_answer_get_rating (answer, n - 1))->line = livc_xml_line (child);
            }
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "note"))
        {
          g_autofree char *text = livc_xml_text (child);
          livc_answer_set_note (answer, text);
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "evidence"))
        {
          g_autofree char *text = livc_xml_text (child);
          livc_answer_set_evidence (answer, text);
        }
    }
  livc_xml_collect_foreign (node, LIVC_ASSESSMENT_NS, livc_answer_get_foreign (answer));
  livc_assessment_add_answer (a, answer);
}

static void
read_action (Ctx            *ctx,
             xmlNode        *node,
             LivcAssessment *a,
             GHashTable     *action_ids)
{
  g_autofree char *id = livc_xml_prop (node, "id");
  g_autofree char *domain = livc_xml_prop (node, "domain");
  g_autofree char *item = livc_xml_prop (node, "item");
  g_autofree char *owner = livc_xml_prop (node, "owner");
  g_autofree char *due = livc_xml_prop (node, "due");
  g_autofree char *status = livc_xml_prop (node, "status");
  g_autofree char *text = livc_xml_text (node);
  g_autoptr(LivcAction) action = livc_action_new (id);
  LivcActionStatus st = LIVC_ACTION_OPEN;

  if (!g_hash_table_add (action_ids, g_strdup (id)))
    error_at (ctx, node, _("the action id “%s” is used twice"), id);
  if (due != NULL && !livc_date_is_valid (due))
    error_at (ctx, node, _("the due date “%s” of the action “%s” is not a real date "
                           "(YYYY-MM-DD)"), due, id);
  if (status != NULL && !livc_action_status_parse (status, &st))
    error_at (ctx, node, _("the status “%s” is not one of open, doing, done, dropped"), status);
  livc_action_set_domain_id (action, domain);
  livc_action_set_item_id (action, item);
  livc_action_set_owner (action, owner);
  livc_action_set_due (action, due);
  livc_action_set_status (action, st);
  livc_action_set_text (action, text);
  livc_action_set_line (action, livc_xml_line (node));
  livc_xml_collect_foreign (node, LIVC_ASSESSMENT_NS, livc_action_get_foreign (action));
  livc_assessment_add_action (a, action);
}

static void
read_instance_description (Ctx            *ctx,
                           xmlNode        *node,
                           LivcAssessment *a)
{
  g_autofree char *domain = livc_xml_prop (node, "domain");
  g_autofree char *id = livc_xml_prop (node, "id");
  g_autofree char *text = livc_xml_text (node);
  LivcForeign *foreign = NULL;
  guint n = livc_assessment_get_n_instance_descriptions (a);

  for (guint i = 0; i < n; i++)
    {
      const char *d, *other;

      livc_assessment_get_instance_description_at (a, i, &d, &other, NULL);
      if (g_strcmp0 (d, domain) == 0 && g_strcmp0 (other, id) == 0)
        {
          error_at (ctx, node, _("a second description of the instance “%s” of the domain "
                                 "“%s”"), id, domain);
          return;
        }
    }
  livc_assessment_set_instance_description (a, domain, id, text);
  livc_assessment_get_instance_description_at (a, n, NULL, NULL, &foreign);
  livc_xml_collect_foreign (node, LIVC_ASSESSMENT_NS, foreign);
}

static LivcAssessment *
assessment_from_doc (xmlDoc *doc,
                     Ctx    *ctx)
{
  xmlNode *root = xmlDocGetRootElement (doc);
  g_autofree char *qid = livc_xml_prop (root, "questionnaire");
  g_autofree char *qversion = livc_xml_prop (root, "questionnaire-version");
  g_autoptr(LivcAssessment) a = livc_assessment_new (qid ? qid : "", qversion ? qversion : "");
  g_autoptr(GHashTable) answer_lines =
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) action_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  livc_xml_collect_foreign (root, LIVC_ASSESSMENT_NS, livc_assessment_get_foreign (a));
  FOR_EACH_ELEMENT (child, root)
    {
      if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "municipality"))
        {
          g_autofree char *nis = livc_xml_prop (child, "nis");
          g_autofree char *name = livc_xml_text (child);
          g_autoptr(LivcMunicipality) m = livc_municipality_new (nis, name);

          livc_xml_collect_foreign (child, LIVC_ASSESSMENT_NS, livc_municipality_get_foreign (m));
          livc_assessment_add_municipality (a, m);
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "date"))
        {
          g_autofree char *date = livc_xml_text (child);

          if (!livc_date_is_valid (date))
            error_at (ctx, child, _("the date “%s” is not a real date (YYYY-MM-DD)"), date);
          livc_assessment_set_date (a, date);
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "title"))
        {
          g_autofree char *title = livc_xml_text (child);
          livc_assessment_set_title (a, title);
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "participants"))
        {
          livc_assessment_set_has_participants_element (a, TRUE);
          FOR_EACH_ELEMENT (p, child)
            {
              g_autofree char *id = NULL;
              g_autofree char *role = NULL;
              g_autofree char *name = NULL;
              g_autoptr(LivcParticipant) participant = NULL;

              if (!livc_xml_is (p, LIVC_ASSESSMENT_NS, "participant"))
                continue;
              id = livc_xml_prop (p, "id");
              role = livc_xml_prop (p, "role");
              name = livc_xml_text (p);
              if (livc_assessment_find_participant (a, id) != NULL)
                {
                  error_at (ctx, p, _("the participant id “%s” is used twice"), id);
                  continue;
                }
              participant = livc_participant_new (id, role, name);
              livc_xml_collect_foreign (p, LIVC_ASSESSMENT_NS,
                                        livc_participant_get_foreign (participant));
              livc_assessment_add_participant (a, participant);
            }
        }
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "instance"))
        read_instance_description (ctx, child, a);
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "answer"))
        read_answer (ctx, child, a, answer_lines);
      else if (livc_xml_is (child, LIVC_ASSESSMENT_NS, "action"))
        read_action (ctx, child, a, action_ids);
    }
  return g_steal_pointer (&a);
}

static LivcAssessment *
load_assessment_doc (xmlDoc          *doc,
                     const char      *display_name,
                     LivcDiagnostics *diag,
                     guint            first,
                     GError         **error)
{
  Ctx ctx = { display_name, diag, 0 };
  g_autoptr(LivcAssessment) a = NULL;
  int code = LIVC_LOADER_ERROR_INVALID;

  if (!check_document (&ctx, doc, KIND_ASSESSMENT, &code))
    {
      _livc_loader_fail (&ctx, first, code, error);
      return NULL;
    }
  a = assessment_from_doc (doc, &ctx);
  if (ctx.n_errors > 0)
    {
      _livc_loader_fail (&ctx, first, LIVC_LOADER_ERROR_INVALID, error);
      return NULL;
    }
  return g_steal_pointer (&a);
}

/* Public entry points */

/* Reads a document from a file (bytes == NULL) or from memory, then builds the model of
 * the kind asked for; the one path every entry point shares. */
static GObject *
load (Kind             kind,
      const char      *path,
      GBytes          *bytes,
      LivcDiagnostics *diag,
      GError         **error)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  GObject *result;
  xmlDoc *doc;
  guint first;

  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  first = livc_diagnostics_get_n (diag);
  if (bytes != NULL)
    {
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);
      doc = livc_xml_read_memory (data, size, path, diag, error);
    }
  else
    doc = livc_xml_read_file (path, diag, error);
  if (doc == NULL)
    return NULL;
  if (kind == KIND_QUESTIONNAIRE)
    result = G_OBJECT (load_questionnaire_doc (doc, path, diag, first, error));
  else
    result = G_OBJECT (load_assessment_doc (doc, path, diag, first, error));
  xmlFreeDoc (doc);
  return result;
}

LivcQuestionnaire *
livc_load_questionnaire_bytes (GBytes          *bytes,
                               const char      *display_name,
                               LivcDiagnostics *diag,
                               GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return LIVC_QUESTIONNAIRE (load (KIND_QUESTIONNAIRE, display_name, bytes, diag, error));
}

LivcQuestionnaire *
livc_load_questionnaire (const char      *path,
                         LivcDiagnostics *diag,
                         GError         **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return LIVC_QUESTIONNAIRE (load (KIND_QUESTIONNAIRE, path, NULL, diag, error));
}

LivcAssessment *
livc_load_assessment_bytes (GBytes          *bytes,
                            const char      *display_name,
                            LivcDiagnostics *diag,
                            GError         **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return LIVC_ASSESSMENT (load (KIND_ASSESSMENT, display_name, bytes, diag, error));
}

LivcAssessment *
livc_load_assessment (const char      *path,
                      LivcDiagnostics *diag,
                      GError         **error)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return LIVC_ASSESSMENT (load (KIND_ASSESSMENT, path, NULL, diag, error));
}

/* Loads either vocabulary, told apart by the root element's namespace. */
GObject *
livc_load_any (const char      *path,
               LivcVocabulary  *vocabulary,
               LivcDiagnostics *diag,
               GError         **error)
{
  g_autoptr(LivcDiagnostics) own_diag = NULL;
  GObject *result = NULL;
  xmlNode *root;
  xmlDoc *doc;
  guint first;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (vocabulary != NULL, NULL);

  *vocabulary = LIVC_VOCABULARY_UNKNOWN;
  if (diag == NULL)
    diag = own_diag = livc_diagnostics_new ();
  first = livc_diagnostics_get_n (diag);
  doc = livc_xml_read_file (path, diag, error);
  if (doc == NULL)
    return NULL;
  root = xmlDocGetRootElement (doc);
  if (root->ns != NULL && strcmp ((const char *) root->ns->href, LIVC_QUESTIONNAIRE_NS) == 0)
    {
      *vocabulary = LIVC_VOCABULARY_QUESTIONNAIRE;
      result = (GObject *) load_questionnaire_doc (doc, path, diag, first, error);
    }
  else if (root->ns != NULL && strcmp ((const char *) root->ns->href, LIVC_ASSESSMENT_NS) == 0)
    {
      *vocabulary = LIVC_VOCABULARY_ASSESSMENT;
      result = (GObject *) load_assessment_doc (doc, path, diag, first, error);
    }
  else
    {
      Ctx ctx = { path, diag, 0 };

      error_at (&ctx, root, _("the root element <%s> is neither a LIVC Scan questionnaire nor "
                              "an assessment (namespace “%s”)"),
                (const char *) root->name,
                root->ns ? (const char *) root->ns->href : "");
      _livc_loader_fail (&ctx, first, LIVC_LOADER_ERROR_VOCABULARY, error);
    }
  xmlFreeDoc (doc);
  return result;
}
