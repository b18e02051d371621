import{u as r,d as t,aC as u,aD as c}from"./index-zbfZgl_P.js";function l(){const{i18n:a}=r(),{organization:n}=t(),o=u(a.language);return(s,e=n.baseCurrency)=>c(s,e,o)}export{l as u};
