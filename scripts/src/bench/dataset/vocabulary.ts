/*
 * Words for generated patient-education text. Plain, short words on
 * purpose: the Studio warns about long sentences and a high reading grade,
 * and a benchmark dataset full of warnings would hide real ones.
 */

export const CONDITIONS = [
  "depression",
  "anxiety",
  "panic disorder",
  "insomnia",
  "asthma",
  "type 2 diabetes",
  "high blood pressure",
  "migraine",
  "back pain",
  "eczema",
  "heart failure",
  "arthritis",
  "chronic kidney disease",
  "COPD",
  "psoriasis",
  "irritable bowel syndrome",
  "osteoporosis",
  "atrial fibrillation",
  "bipolar disorder",
  "PTSD",
  "obsessive-compulsive disorder",
  "long COVID",
  "gout",
  "acid reflux",
  "hay fever",
  "an underactive thyroid",
  "sleep apnoea",
  "endometriosis",
  "chronic fatigue",
  "tinnitus",
] as const;

export const TREATMENTS = [
  "talking therapy",
  "cognitive behavioural therapy",
  "a daily tablet",
  "an inhaler",
  "physiotherapy",
  "regular exercise",
  "a change in diet",
  "a steroid cream",
  "an injection",
  "a sleep plan",
  "group support",
  "a nasal spray",
  "a blood pressure tablet",
  "a pain relief plan",
  "mindfulness training",
  "a weight loss plan",
  "light therapy",
  "a night-time mouth guard",
  "a breathing machine",
  "a short course of medicine",
] as const;

export const ASPECTS = [
  "what to expect",
  "how it works",
  "benefits and risks",
  "a guide for patients",
  "questions to ask",
  "first steps",
  "living well",
  "side effects",
  "how long it takes",
  "when to get help",
  "for carers",
  "after your first visit",
] as const;

export const SYMPTOMS = [
  "low mood",
  "poor sleep",
  "a tight chest",
  "pain in the joints",
  "feeling tired all the time",
  "headaches",
  "a racing heart",
  "itchy skin",
  "short breath",
  "a loss of interest in things",
  "feeling on edge",
  "stomach cramps",
] as const;

export const PROFESSIONALS = [
  "your GP",
  "your nurse",
  "your pharmacist",
  "your care team",
  "a specialist",
  "your doctor",
] as const;

export const TIMES = [
  "within a few days",
  "after two to four weeks",
  "over a few months",
  "within a week",
  "after the first session",
  "over time",
] as const;

export const ACTIVITIES = [
  "walking",
  "cooking",
  "going to work",
  "seeing friends",
  "sleeping",
  "looking after children",
  "driving",
  "taking a bath",
] as const;

export const BENEFITS = [
  "feel more in control",
  "sleep better",
  "have fewer bad days",
  "get back to normal life",
  "cope with stress",
  "breathe more easily",
  "move with less pain",
  "feel calmer",
] as const;

/** Sentence shapes; {c} condition, {t} treatment, {s} symptom, {p} professional, {w} time, {a} activity, {b} benefit. */
export const SENTENCES = [
  "Many people with {c} find that {t} helps them {b}.",
  "Talk to {p} if you still have {s} after a few weeks.",
  "Most people notice a change {w}.",
  "It is normal to have {s} at the start.",
  "You can keep {a} while you have {t}, unless {p} tells you not to.",
  "{T} is not right for everyone.",
  "Some people need to try more than one option before they find what works.",
  "Write down how you feel each day, so you can spot changes.",
  "Ask {p} what the treatment involves and how long it lasts.",
  "The aim is to help you {b}.",
  "If you have {s}, tell {p} at your next visit.",
  "Research shows that {t} can help some people with {c}.",
  "The evidence is still growing, and some questions have no clear answer yet.",
  "Keep taking your usual medicines unless {p} says otherwise.",
  "Bring a friend or family member if that helps you feel at ease.",
  "You may feel worse before you feel better.",
  "Small steps, such as {a} each day, can make a real difference.",
  "Side effects are usually mild and settle {w}.",
  "Stop and get advice if something does not feel right.",
  "{C} affects people in different ways.",
  "There is no single cause of {c}.",
  "Your plan should fit your life, your goals and your other health needs.",
  "It helps to know what the warning signs are.",
  "Most people can manage {c} well with the right support.",
] as const;

export const HEADINGS = [
  "What it is",
  "Who it can help",
  "How it works",
  "What happens at your first visit",
  "Side effects and risks",
  "How long it takes to work",
  "Living with {c}",
  "Looking after yourself",
  "Questions to ask {p}",
  "Other options",
  "When to get help",
  "Support for family and friends",
] as const;

export const SUBHEADINGS = [
  "Before you start",
  "During treatment",
  "Afterwards",
  "At home",
  "At work",
  "If you are pregnant",
  "For older adults",
  "For young people",
] as const;

export const QUESTIONS = [
  "How long does {t} take to work for {c}?",
  "Is {t} safe if I have {c}?",
  "What side effects can {t} cause?",
  "Can I drive after {t}?",
  "Will {t} cure {c}?",
  "What should I do if my symptoms get worse during {t}?",
  "Can I drink alcohol while I have {t}?",
  "How do I know if {t} is working?",
  "Can children with {c} have {t}?",
  "What happens if I miss a session of {t}?",
  "Does {c} run in families?",
  "When should I see {p} about {c}?",
] as const;

export const CALLOUT_TITLES = {
  info: ["Keep in mind", "Good to know", "A quick tip"],
  "non-urgent": ["Speak to your GP if", "Ask for an appointment if", "Before you start"],
  urgent: ["Call 111 or ask for an urgent appointment if", "Get advice today if"],
  emergency: ["Call 999 or go to A&E if", "Get help now if"],
} as const;

export const FIRST_NAMES = [
  "Amira",
  "Ben",
  "Chloe",
  "Daniel",
  "Elena",
  "Farid",
  "Grace",
  "Hiro",
  "Isla",
  "Jonah",
  "Kemi",
  "Liam",
  "Maya",
  "Nikhil",
  "Olivia",
  "Pavel",
  "Quinn",
  "Rosa",
  "Samir",
  "Tara",
  "Uma",
  "Victor",
  "Wen",
  "Yusuf",
  "Zara",
] as const;

export const LAST_NAMES = [
  "Abbott",
  "Bianchi",
  "Chen",
  "Dlamini",
  "Evans",
  "Fischer",
  "Garcia",
  "Hughes",
  "Ito",
  "Jensen",
  "Khan",
  "Lopez",
  "Mensah",
  "Novak",
  "Okafor",
  "Patel",
  "Rossi",
  "Silva",
  "Tanaka",
  "Walsh",
] as const;

export const REVIEWER_CREDENTIALS = [
  "MD, board-certified psychiatrist",
  "MBBS, general practitioner",
  "PhD, clinical psychologist",
  "MD, consultant respiratory physician",
  "RN, specialist nurse",
  "PharmD, clinical pharmacist",
  "MD, consultant cardiologist",
  "MBChB, consultant dermatologist",
] as const;

export const AUTHOR_CREDENTIALS = [
  "MSc in Science Communication, medical writer",
  "BSc, health journalist",
  "MA, patient information writer",
] as const;

export const PUBLISHERS = [
  "The Lancet",
  "BMJ",
  "JAMA",
  "The New England Journal of Medicine",
  "National Institute for Health and Care Excellence",
  "Cochrane Database of Systematic Reviews",
  "World Health Organization",
  "American Journal of Psychiatry",
] as const;

export const TOPICS = [
  "mental health",
  "treatments",
  "long-term conditions",
  "medicines",
  "lifestyle",
  "heart and lungs",
  "skin",
  "sleep",
  "pain",
  "women's health",
] as const;
